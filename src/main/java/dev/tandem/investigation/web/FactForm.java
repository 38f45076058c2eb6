package dev.tandem.investigation.web;

import dev.tandem.investigation.AddFact;
import dev.tandem.shared.InvalidRequestException;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;

/** A fact as the page's form sends it: its time on the clock of the investigation's site. */
record FactForm(LocalDateTime happenedAt, String what, String source) {

    AddFact command(ZoneId zone) {
        return new AddFact(happenedAt == null ? null : happenedAt.atZone(zone).toInstant(), what, source);
    }

    /** The files chosen, each read whole; none chosen is none, and a file that cannot be read is refused. */
    static List<byte[]> contents(List<MultipartFile> files) {
        if (files == null) {
            return List.of();
        }
        return files.stream()
                .filter(file -> file != null && !file.isEmpty())
                .map(FactForm::content)
                .toList();
    }

    private static byte[] content(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException unreadable) {
            throw new InvalidRequestException("files", "investigation.rule.evidenceType");
        }
    }
}
