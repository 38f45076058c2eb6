package dev.tandem.audit.web;

import dev.tandem.audit.ChecklistTemplate;
import dev.tandem.audit.DefineTemplate;
import dev.tandem.audit.Question;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** A template's title page as its page edits it; the questions are added and removed one by one. */
record TitleForm(@NotBlank @Size(max = 200) String title, @Size(max = 4000) String description, UUID siteId) {

    static TitleForm of(ChecklistTemplate template) {
        return new TitleForm(template.title(), template.description(), template.siteId());
    }

    DefineTemplate definition(List<Question> questions) {
        return new DefineTemplate(title, description, siteId, questions);
    }
}
