package nl.ptvt.academy.authoring;

import jakarta.validation.constraints.NotNull;
import java.util.List;

/** A course's modules in their new order: the ids of all its current modules, each once. */
public record ModuleOrder(@NotNull(message = "{academy.order.moduleIds.required}") List<@NotNull Long> moduleIds) {
}
