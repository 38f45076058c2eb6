package dev.tandem.contractor.web;

import dev.tandem.contractor.ContractorAccess;
import dev.tandem.contractor.access.AccessCheck;
import dev.tandem.contractor.access.Credentials;
import dev.tandem.contractor.prequalification.ContractorRegister;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.QrCodes;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The site access check on a phone at the gate (the camera reads the QR where the browser can, else the code is
 * typed), and a contractor's credentials: each worker's QR to print on their badge.
 */
@Controller
class AccessController {

    private final AccessCheck check;
    private final Credentials credentials;
    private final ContractorRegister contractors;
    private final MessageSource messages;

    AccessController(
            AccessCheck check, Credentials credentials, ContractorRegister contractors, MessageSource messages) {
        this.check = check;
        this.credentials = credentials;
        this.contractors = contractors;
        this.messages = messages;
    }

    @GetMapping("/access")
    String scan(@RequestParam(required = false) String code, Viewer viewer, Locale locale, Model model) {
        if (!AccessCheck.canScan(viewer)) {
            throw new AccessDeniedException("checking site access");
        }
        if (code != null && !code.isBlank()) {
            var answer = check.check(code, viewer);
            model.addAttribute("code", code.strip());
            model.addAttribute("asked", true);
            model.addAttribute("answer", answer.orElse(null));
            model.addAttribute(
                    "reasons",
                    answer.map(found -> found.reasons().stream()
                                    .map(reason -> messages.getMessage(readable(reason), locale))
                                    .toList())
                            .orElse(List.of()));
        }
        return "contractor/access";
    }

    /** A reason as its message, a contractor's status among its values named in the reader's language. */
    private static DefaultMessageSourceResolvable readable(AccessCheck.Reason reason) {
        var values = reason.values().stream()
                .map(value -> value.startsWith("organisation.status.")
                        ? new DefaultMessageSourceResolvable(value)
                        : (Object) value)
                .toArray();
        return new DefaultMessageSourceResolvable(new String[] {reason.code()}, values);
    }

    /** A worker's credential with its QR drawn as SVG, or none while no code was issued. */
    record Badge(Credentials.Credential credential, String qr) {}

    @GetMapping("/contractors/{id}/credentials")
    String credentials(@PathVariable UUID id, Viewer viewer, Locale locale, Model model) {
        model.addAttribute("contractor", contractors.contractor(id, viewer));
        model.addAttribute(
                "badges",
                credentials.of(id, viewer).stream()
                        .map(credential -> new Badge(
                                credential,
                                credential.code() == null
                                        ? null
                                        : QrCodes.svg(
                                                credential.code(),
                                                messages.getMessage(
                                                        "access.qr", new Object[] {credential.fullName()}, locale))))
                        .toList());
        model.addAttribute("canIssue", ContractorAccess.canSubmit(viewer, id));
        return "contractor/credentials";
    }

    @PostMapping("/contractors/{id}/credentials/{personId}")
    String issue(@PathVariable UUID id, @PathVariable UUID personId, Viewer viewer) {
        credentials.issue(id, personId, viewer);
        return "redirect:/contractors/" + id + "/credentials#person-" + personId;
    }
}
