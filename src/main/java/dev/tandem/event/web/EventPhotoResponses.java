package dev.tandem.event.web;

import dev.tandem.event.photos.Photo;
import dev.tandem.shared.web.Pictures;
import org.springframework.http.ResponseEntity;

/** A photo as a response: photos never change, so a browser may keep them, but only for its own user. */
final class EventPhotoResponses {

    private EventPhotoResponses() {}

    static ResponseEntity<byte[]> of(Photo photo) {
        return Pictures.response(photo.contentType(), photo.content());
    }
}
