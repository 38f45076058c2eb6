package dev.tandem.shared.web;

import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.StaleRecordException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.beans.NotReadablePropertyException;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one way a page submits a form: the change runs only when the form is valid, and a rule the change breaks
 * comes back as an error on its field, so the person sees the form again with the message beside the input.
 */
public final class Forms {

    private Forms() {}

    /**
     * Gives a create form the client id it sends as {@code newId}, so that the form sent twice stores one record: the
     * id it sent when it comes back with errors (the corrected form is the same create), a fresh one otherwise.
     */
    public static void newId(Model model, UUID sent) {
        model.addAttribute("newId", sent != null ? sent : UUID.randomUUID());
    }

    /**
     * @param formView the view that shows the form again, when it needs no model of its own
     * @param change runs the change and returns where to go next
     */
    public static String submit(BindingResult errors, String formView, Supplier<String> change) {
        return attempt(errors, change).orElse(formView);
    }

    /**
     * @param formPage builds the model of the page that shows the form again and names its view; it runs only when
     *     the form comes back with errors
     * @param change runs the change and returns where to go next
     */
    public static String submit(BindingResult errors, Supplier<String> formPage, Supplier<String> change) {
        return attempt(errors, change).orElseGet(formPage);
    }

    /**
     * Runs a change when the form is valid; a rule it breaks is recorded on the form's field instead.
     *
     * @return what the change returned, or nothing when the form has errors
     */
    public static <T> Optional<T> attempt(BindingResult errors, Supplier<T> change) {
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        try {
            return Optional.of(change.get());
        } catch (InvalidRequestException broken) {
            reject(errors, broken);
        } catch (DuplicateKeyException duplicate) {
            errors.reject("rule.duplicate");
        } catch (StaleRecordException | OptimisticLockingFailureException changedMeanwhile) {
            errors.reject("rule.changedMeanwhile");
        }
        return Optional.empty();
    }

    /**
     * Takes a step with a button on a record's page (sign, start, tick...): a rule it breaks, or a change made
     * meanwhile, is left in the flash as the message {@code attribute}, for the page it returns to.
     *
     * @return whether the step was taken
     */
    public static boolean stepTaken(RedirectAttributes flash, String attribute, Runnable step) {
        try {
            step.run();
            return true;
        } catch (InvalidRequestException refused) {
            flash.addFlashAttribute(
                    attribute,
                    new DefaultMessageSourceResolvable(new String[] {refused.messageCode()}, refused.arguments()));
        } catch (StaleRecordException changedMeanwhile) {
            flash.addFlashAttribute(attribute, new DefaultMessageSourceResolvable("rule.changedMeanwhile"));
        }
        return false;
    }

    /**
     * Voids a record from its page and goes back to it; a voiding the rules refuse (something still depends on the
     * record) comes back as a message beside the void form, named {@code voidRefused}.
     */
    public static String voiding(String recordPage, RedirectAttributes flash, Runnable voiding) {
        try {
            voiding.run();
        } catch (InvalidRequestException refused) {
            flash.addFlashAttribute(
                    "voidRefused",
                    new DefaultMessageSourceResolvable(new String[] {refused.messageCode()}, refused.arguments()));
        }
        return "redirect:" + recordPage;
    }

    /**
     * A form's errors as a script shows them beside its inputs (a field form sent from the phone's outbox): each with
     * its field, or none for the whole form, and its message in the reader's language.
     */
    public static List<Map<String, String>> fieldErrors(BindingResult errors, MessageSource messages, Locale locale) {
        return errors.getAllErrors().stream()
                .map(error -> Map.of(
                        "field",
                        error instanceof FieldError field ? field.getField() : "",
                        "message",
                        messages.getMessage(error, locale)))
                .toList();
    }

    private static void reject(BindingResult errors, InvalidRequestException broken) {
        try {
            errors.getFieldType(broken.field());
            errors.rejectValue(broken.field(), broken.messageCode(), broken.arguments(), null);
        } catch (NotReadablePropertyException | IllegalArgumentException notOnThisForm) {
            errors.reject(broken.messageCode(), broken.arguments(), null);
        }
    }
}
