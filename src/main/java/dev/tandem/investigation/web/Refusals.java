package dev.tandem.investigation.web;

import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.StaleRecordException;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A step taken from a page whose refusal comes back as a message on the page it returns to ({@code stepRefused}). */
final class Refusals {

    private Refusals() {}

    /** Takes the step; answers whether it was taken, leaving the refusal's message in the flash when it was not. */
    static boolean taken(RedirectAttributes flash, Runnable step) {
        try {
            step.run();
            return true;
        } catch (InvalidRequestException refused) {
            flash.addFlashAttribute(
                    "stepRefused",
                    new DefaultMessageSourceResolvable(new String[] {refused.messageCode()}, refused.arguments()));
        } catch (StaleRecordException changedMeanwhile) {
            flash.addFlashAttribute("stepRefused", new DefaultMessageSourceResolvable("rule.changedMeanwhile"));
        }
        return false;
    }
}
