package nl.ptvt.academy.session;

import java.time.Instant;
import nl.ptvt.academy.organisation.Province;

/** Which scheduled sessions to list; every part is optional. The province is the venue's. */
public record SessionFilter(Long courseId, Province province, Instant from, Instant to) {
}
