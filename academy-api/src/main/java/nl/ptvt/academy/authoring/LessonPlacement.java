package nl.ptvt.academy.authoring;

import jakarta.validation.constraints.Min;

/**
 * Where a lesson goes: a module of the same course ({@code null}: the module it is in) and a position there,
 * counted from 0 ({@code null}: the end).
 */
public record LessonPlacement(Long moduleId,
                              @Min(value = 0, message = "{academy.placement.position.min}") Integer position) {
}
