package nl.ptvt.academy.authoring;

import jakarta.validation.constraints.NotNull;
import java.util.List;

/** A module's lessons in their new order: the ids of all its current lessons, each once. */
public record LessonOrder(@NotNull(message = "{academy.order.lessonIds.required}") List<@NotNull Long> lessonIds) {
}
