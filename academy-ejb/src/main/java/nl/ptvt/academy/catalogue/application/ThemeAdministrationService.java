package nl.ptvt.academy.catalogue.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import nl.ptvt.academy.catalogue.NewTheme;
import nl.ptvt.academy.catalogue.ThemeAdministration;
import nl.ptvt.academy.catalogue.ThemeDetail;
import nl.ptvt.academy.catalogue.ThemeNames;
import nl.ptvt.academy.catalogue.domain.CourseRepository;
import nl.ptvt.academy.catalogue.domain.Theme;
import nl.ptvt.academy.catalogue.domain.ThemeRepository;
import nl.ptvt.academy.identity.Role;
import nl.ptvt.academy.shared.ConflictException;
import nl.ptvt.academy.shared.ResourceNotFoundException;
import nl.ptvt.academy.shared.infrastructure.UniqueKeyViolation;

/** Themes are read by everyone and kept by administrators; codes and names are unique (also in the database). */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class ThemeAdministrationService implements ThemeAdministration {

    @Inject
    CourseRepository courses;

    @Inject
    ThemeRepository themes;

    @Override
    @PermitAll
    public List<ThemeDetail> all() {
        return courses.themes().stream().map(ThemeAdministrationService::detail).toList();
    }

    @Override
    @PermitAll
    public ThemeDetail theme(String code) {
        return detail(find(code));
    }

    @Override
    public ThemeDetail add(NewTheme command) {
        String code = command.code() == null ? Theme.codeFor(command.nameNl()) : command.code();
        if (courses.findTheme(code).isPresent()) {
            throw new ConflictException("theme.code-taken", "There is already a theme with code " + code);
        }
        requireNamesFree(code, command.nameNl(), command.nameEn());
        try {
            return detail(themes.add(new Theme(code, command.nameNl(), command.nameEn(), themes.lastPosition() + 1)));
        } catch (RuntimeException e) {
            throw UniqueKeyViolation.causedBy(e) ? raced(code) : e;
        }
    }

    @Override
    public ThemeDetail rename(String code, ThemeNames names) {
        Theme theme = find(code);
        requireNamesFree(code, names.nameNl(), names.nameEn());
        theme.rename(names.nameNl(), names.nameEn());
        try {
            themes.flush();
        } catch (RuntimeException e) {
            throw UniqueKeyViolation.causedBy(e) ? raced(code) : e;
        }
        return detail(theme);
    }

    /** Two themes with one name would be two entries of the same name in every theme list. */
    private void requireNamesFree(String code, String nameNl, String nameEn) {
        requireFree(themes.findByDutchName(nameNl), code, nameNl);
        requireFree(themes.findByEnglishName(nameEn), code, nameEn);
    }

    private static void requireFree(Optional<Theme> holder, String code, String name) {
        if (holder.isPresent() && !holder.get().code().equals(code)) {
            throw new ConflictException("theme.name-taken",
                    "The theme " + holder.get().code() + " is already called '" + name.strip() + "'");
        }
    }

    private Theme find(String code) {
        return courses.findTheme(code)
                .orElseThrow(() -> new ResourceNotFoundException("theme.not-found", "There is no theme with code " + code));
    }

    /** The database's unique keys caught what the checks could not see: a parallel request, or names that differ only in accents. */
    private static ConflictException raced(String code) {
        return new ConflictException("theme.name-taken", "A theme with the code " + code + " or one of these names already exists");
    }

    private static ThemeDetail detail(Theme theme) {
        return new ThemeDetail(theme.code(), theme.nameNl(), theme.nameEn(), theme.position());
    }
}
