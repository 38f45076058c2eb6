package dev.tandem.investigation.web;

import dev.tandem.investigation.LessonText;
import jakarta.validation.constraints.Size;

/** The lesson card's form: its four parts in one language. */
record LessonForm(
        String language,
        @Size(max = 4000) String happened,
        @Size(max = 4000) String why,
        @Size(max = 4000) String learned,
        @Size(max = 4000) String did) {

    static LessonForm blank(String language) {
        return new LessonForm(language, null, null, null, null);
    }

    static LessonForm of(LessonText text) {
        return new LessonForm(text.language(), text.happened(), text.why(), text.learned(), text.did());
    }

    LessonText text() {
        return new LessonText(language, happened, why, learned, did);
    }
}
