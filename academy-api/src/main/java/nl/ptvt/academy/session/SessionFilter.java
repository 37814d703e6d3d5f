package nl.ptvt.academy.session;

import java.time.Instant;
import nl.ptvt.academy.organisation.Province;

/**
 * Which scheduled sessions to list; every part is optional. The province is the venue's; the theme is the code of the
 * course's theme in the catalogue.
 */
public record SessionFilter(Long courseId, Province province, Instant from, Instant to, String theme) {

    public SessionFilter(Long courseId, Province province, Instant from, Instant to) {
        this(courseId, province, from, to, null);
    }
}
