package dev.tandem.contractor.web;

import dev.tandem.contractor.SubmitDocument;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/** The page's form that files a document with its scan; its id makes a second press of the button harmless. */
record DocumentForm(
        UUID documentId,
        @NotBlank @Size(max = 40) String code,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 100) String number,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validUntil,
        MultipartFile file) {

    static DocumentForm blank() {
        return new DocumentForm(UUID.randomUUID(), "", "", "", null, null);
    }

    SubmitDocument command() {
        return new SubmitDocument(code, title, number, validUntil);
    }

    /** The scan's bytes; none when no file came. */
    byte[] scan() {
        try {
            return file == null ? new byte[0] : file.getBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
