package nl.ptvt.academy.catalogue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A theme's new names; its code, which courses refer to, stays. */
public record ThemeNames(
        @NotBlank(message = "{academy.theme.nameNl.required}") @Size(max = 120, message = "{academy.theme.name.size}") String nameNl,
        @NotBlank(message = "{academy.theme.nameEn.required}") @Size(max = 120, message = "{academy.theme.name.size}") String nameEn) {
}
