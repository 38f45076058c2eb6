package dev.tandem.history;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A persisted field of a recorded aggregate that its history snapshot leaves out on purpose. Every other persisted
 * field must be in the snapshot; a test holds each aggregate to that.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface KeptOutOfHistory {

    /** Why the history does without it. */
    String value();
}
