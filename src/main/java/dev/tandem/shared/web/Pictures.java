package dev.tandem.shared.web;

import dev.tandem.shared.InvalidRequestException;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;

/**
 * Photos taken in the field, for every module that keeps them: only JPEG, PNG and WebP pictures are accepted,
 * recognised by their content rather than by what the client claims, and sent back as pictures that never change.
 */
public final class Pictures {

    private Pictures() {}

    /** A picture and its type as recognised. */
    public record Picture(String contentType, byte[] content) {}

    /**
     * The picture, checked: a photo too large or of another kind is refused, on the given field.
     *
     * @param maxBytes the largest photo accepted
     */
    public static Picture checked(byte[] content, long maxBytes, String field) {
        if (content.length > maxBytes) {
            throw new InvalidRequestException(field, "rule.photoTooLarge", maxBytes / (1024 * 1024));
        }
        var type = typeOf(content).orElseThrow(() -> new InvalidRequestException(field, "rule.photoType"));
        return new Picture(type, content);
    }

    /** The bytes of an uploaded photo, or null when none was chosen; an upload that cannot be read is refused. */
    public static byte[] uploaded(MultipartFile photo, String field) {
        if (photo == null || photo.isEmpty()) {
            return null;
        }
        try {
            return photo.getBytes();
        } catch (IOException unreadable) {
            throw new InvalidRequestException(field, "rule.photoType");
        }
    }

    /** The picture's type, recognised by its first bytes. */
    public static Optional<String> typeOf(byte[] content) {
        if (startsWith(content, 0, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(content, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("image/png");
        }
        if (startsWith(content, 0, 'R', 'I', 'F', 'F') && startsWith(content, 8, 'W', 'E', 'B', 'P')) {
            return Optional.of("image/webp");
        }
        return Optional.empty();
    }

    /** A photo as a response: photos never change, so a browser may keep them, but only for its own user. */
    public static ResponseEntity<byte[]> response(String contentType, byte[] content) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(contentType))
                .cacheControl(CacheControl.maxAge(Duration.ofDays(7)).cachePrivate())
                .header("X-Content-Type-Options", "nosniff")
                .body(content);
    }

    private static boolean startsWith(byte[] content, int offset, int... expected) {
        if (content.length < offset + expected.length) {
            return false;
        }
        var actual = Arrays.copyOfRange(content, offset, offset + expected.length);
        for (int i = 0; i < expected.length; i++) {
            if ((actual[i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
