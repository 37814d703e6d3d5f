package nl.ptvt.academy.session;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A coordinator books people of their organisation, by e-mail address, in the order given (arrival order). */
public record GroupBooking(
        @NotEmpty(message = "{academy.session.participants.required}") @Size(max = 500, message = "{academy.session.participants.size}")
        List<@NotBlank(message = "{academy.enrolment.email.required}") @Email(message = "{academy.enrolment.email.invalid}") @Size(max = 254, message = "{academy.enrolment.email.size}") String> participants) {
}
