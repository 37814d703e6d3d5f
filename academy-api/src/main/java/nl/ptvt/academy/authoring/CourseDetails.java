package nl.ptvt.academy.authoring;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import nl.ptvt.academy.catalogue.Audience;
import nl.ptvt.academy.catalogue.CourseFormat;
import nl.ptvt.academy.catalogue.EnrolmentApproval;
import nl.ptvt.academy.catalogue.ProgrammeLine;

/**
 * The descriptive part of a course, as an author writes it. {@code description} is HTML (sanitised on save).
 * {@code imageFileId} is an uploaded PNG or JPEG file shown with the course; {@code imageAlt} describes it for
 * people who cannot see it and is required with an image.
 * {@code enrolmentApproval} (absent: {@link EnrolmentApproval#NONE}) belongs to the course rather than to a version.
 */
@ImageAltRequired
public record CourseDetails(
        @NotBlank(message = "{academy.course.title.required}") @Size(max = 200, message = "{academy.course.title.size}") String title,
        @NotBlank(message = "{academy.course.summary.required}") @Size(max = 500, message = "{academy.course.summary.size}") String summary,
        @Size(max = 20000, message = "{academy.course.description.size}") String description,
        @NotNull(message = "{academy.course.format.required}") CourseFormat format,
        String theme,
        List<@NotNull Audience> audiences,
        ProgrammeLine programmeLine,
        @DecimalMin(value = "0.5", message = "{academy.course.studyHours.range}") @DecimalMax(value = "999", message = "{academy.course.studyHours.range}") BigDecimal studyHours,
        @Pattern(regexp = "nl|en", message = "{academy.course.language.invalid}") String language,
        boolean certificate,
        @Min(value = 1, message = "{academy.course.validity.range}") @Max(value = 120, message = "{academy.course.validity.range}") Integer certificateValidityMonths,
        Long imageFileId,
        @Size(max = 250, message = "{academy.course.imageAlt.size}") String imageAlt,
        EnrolmentApproval enrolmentApproval) {

    public CourseDetails {
        audiences = audiences == null ? List.of() : List.copyOf(audiences);
        enrolmentApproval = enrolmentApproval == null ? EnrolmentApproval.NONE : enrolmentApproval;
    }
}
