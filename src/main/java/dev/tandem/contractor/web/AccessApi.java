package dev.tandem.contractor.web;

import dev.tandem.contractor.access.AccessCheck;
import dev.tandem.contractor.access.AccessCheck.Answer;
import dev.tandem.contractor.access.Credentials;
import dev.tandem.contractor.access.Credentials.Credential;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Viewer;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The site access check and workers' credentials, for a gate's own scanner. */
@RestController
class AccessApi {

    private final AccessCheck check;
    private final Credentials credentials;

    AccessApi(AccessCheck check, Credentials credentials) {
        this.check = check;
        this.credentials = credentials;
    }

    /** Who the code names and whether they are cleared today, with every reason they are not; unknown codes: 404. */
    @GetMapping("/api/v1/site-access")
    Answer check(@RequestParam String code, Viewer viewer) {
        return check.check(code, viewer).orElseThrow(() -> new NotFoundException("Credential", code));
    }

    /** Issues a new code for a contractor's worker, replacing the old one. */
    @PostMapping("/api/v1/contractors/{id}/people/{personId}/credential")
    Credential issue(@PathVariable UUID id, @PathVariable UUID personId, Viewer viewer) {
        return credentials.issue(id, personId, viewer);
    }
}
