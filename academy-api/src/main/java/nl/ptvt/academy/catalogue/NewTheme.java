package nl.ptvt.academy.catalogue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A theme an administrator adds. Without a {@code code}, one is made from the Dutch name (upper-case letters,
 * digits and underscores, like {@code BETA_TECH_MENTALITY}).
 */
public record NewTheme(
        @Pattern(regexp = "[A-Z][A-Z0-9_]{0,39}", message = "{academy.theme.code.invalid}") String code,
        @NotBlank(message = "{academy.theme.nameNl.required}") @Size(max = 120, message = "{academy.theme.name.size}") String nameNl,
        @NotBlank(message = "{academy.theme.nameEn.required}") @Size(max = 120, message = "{academy.theme.name.size}") String nameEn) {
}
