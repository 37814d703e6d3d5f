package nl.ptvt.academy.catalogue.domain;

import java.util.Optional;

/** Adding and renaming themes; reading them is {@link CourseRepository#themes()} and {@link CourseRepository#findTheme}. */
public interface ThemeRepository {

    /** Adds the theme and writes it at once, so a duplicate code or name fails here and not at commit. */
    Theme add(Theme theme);

    /** Writes pending changes now, for the same reason. */
    void flush();

    /** The theme with this Dutch name, ignoring letter case. */
    Optional<Theme> findByDutchName(String name);

    /** The theme with this English name, ignoring letter case. */
    Optional<Theme> findByEnglishName(String name);

    /** The highest position in use; 0 when there are no themes. */
    int lastPosition();
}
