package dev.tandem.investigation;

import org.springframework.data.relational.core.mapping.Table;

/** The card's four parts in one language ({@code en} or {@code ru}), as IMCA's safety flashes tell a lesson. */
@Table("investigation_lesson_text")
public record LessonText(String language, String happened, String why, String learned, String did) {}
