package nl.ptvt.academy.catalogue;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * The themes of the offer: everyone reads them, administrators add and rename them. A theme is never removed
 * (courses and their old versions refer to its code); a new one comes last in the lists.
 */
public interface ThemeAdministration {

    /** Every theme, in list order. */
    List<ThemeDetail> all();

    /** @throws nl.ptvt.academy.shared.ResourceNotFoundException {@code theme.not-found} */
    ThemeDetail theme(@NotNull String code);

    /**
     * @throws nl.ptvt.academy.shared.ConflictException    {@code theme.code-taken}, {@code theme.name-taken}
     * @throws nl.ptvt.academy.shared.BusinessRuleException {@code theme.code-underivable} when no code was given and
     *                                                      the Dutch name has no letters or digits to make one of
     */
    ThemeDetail add(@NotNull @Valid NewTheme theme);

    /**
     * @throws nl.ptvt.academy.shared.ResourceNotFoundException {@code theme.not-found}
     * @throws nl.ptvt.academy.shared.ConflictException         {@code theme.name-taken}
     */
    ThemeDetail rename(@NotNull String code, @NotNull @Valid ThemeNames names);
}
