package nl.ptvt.academy.enrolment;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A coordinator enrols people of their organisation by e-mail address (pasted or uploaded as a list). */
public record BulkEnrolment(
        @NotEmpty(message = "{academy.enrolment.emails.required}") @Size(max = 500, message = "{academy.enrolment.emails.size}")
        List<@NotBlank(message = "{academy.enrolment.email.required}") @Email(message = "{academy.enrolment.email.invalid}") @Size(max = 254, message = "{academy.enrolment.email.size}") String> emails) {
}
