package nl.ptvt.academy.catalogue.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import nl.ptvt.academy.catalogue.Audience;
import nl.ptvt.academy.catalogue.CourseFormat;
import nl.ptvt.academy.catalogue.ProgrammeLine;
import nl.ptvt.academy.shared.BusinessRuleException;

/**
 * The descriptive content of one course version. {@code description} is already sanitised HTML; {@code image} is
 * null for a course without one.
 */
public record CourseContent(String title, String summary, String description, CourseFormat format, String themeCode,
                            List<Audience> audiences, ProgrammeLine programmeLine, BigDecimal studyHours,
                            String language, boolean certificate, Integer certificateValidityMonths,
                            CourseImage image) {

    /** Content without an image. */
    public CourseContent(String title, String summary, String description, CourseFormat format, String themeCode,
                         List<Audience> audiences, ProgrammeLine programmeLine, BigDecimal studyHours,
                         String language, boolean certificate, Integer certificateValidityMonths) {
        this(title, summary, description, format, themeCode, audiences, programmeLine, studyHours, language, certificate,
                certificateValidityMonths, null);
    }

    public CourseContent {
        Objects.requireNonNull(title);
        Objects.requireNonNull(summary);
        Objects.requireNonNull(format);
        audiences = audiences == null ? List.of() : List.copyOf(audiences.stream().distinct().toList());
        language = language == null || language.isBlank() ? "nl" : language;
        if (certificateValidityMonths != null && !certificate) {
            throw new BusinessRuleException("course.validity-without-certificate",
                    "A validity only applies to a course that leads to a certificate");
        }
    }
}
