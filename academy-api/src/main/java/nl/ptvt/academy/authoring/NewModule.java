package nl.ptvt.academy.authoring;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record NewModule(
        @NotBlank(message = "{academy.module.title.required}") @Size(max = 200, message = "{academy.module.title.size}") String title) {
}
