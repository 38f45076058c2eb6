package dev.tandem.event.web;

import dev.tandem.event.photos.Photo;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A photo as a response: photos never change, so a browser may keep them, but only for its own user. */
final class EventPhotoResponses {

    private EventPhotoResponses() {}

    static ResponseEntity<byte[]> of(Photo photo) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(photo.contentType()))
                .cacheControl(CacheControl.maxAge(Duration.ofDays(7)).cachePrivate())
                .header("X-Content-Type-Options", "nosniff")
                .body(photo.content());
    }
}
