package nl.ptvt.academy.session;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Cancelling a session needs a reason: it is kept for audit and told to the people booked. */
public record CancelSession(
        @NotBlank(message = "{academy.session.cancel-reason.required}") @Size(max = 500, message = "{academy.session.cancel-reason.size}") String reason) {
}
