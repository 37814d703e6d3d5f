package nl.ptvt.academy.catalogue;

import java.math.BigDecimal;
import java.util.List;

/** A course as a catalogue row shows it; {@code imageUrl} and {@code imageAlt} are null without an image. */
public record CourseSummary(long id, String slug, String title, String summary, CourseFormat format, String theme,
                            List<Audience> audiences, ProgrammeLine programmeLine, BigDecimal studyHours, int version,
                            String imageUrl, String imageAlt) {

    public CourseSummary {
        audiences = List.copyOf(audiences);
    }
}
