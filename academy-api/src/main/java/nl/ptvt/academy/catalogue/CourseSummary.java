package nl.ptvt.academy.catalogue;

import java.math.BigDecimal;
import java.util.List;

/** A course as a catalogue row shows it. */
public record CourseSummary(long id, String slug, String title, String summary, CourseFormat format, String theme,
                            List<Audience> audiences, ProgrammeLine programmeLine, BigDecimal studyHours, int version) {

    public CourseSummary {
        audiences = List.copyOf(audiences);
    }
}
