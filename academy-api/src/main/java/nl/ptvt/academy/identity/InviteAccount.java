package nl.ptvt.academy.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Whom to invite, and into which organisation (optional: a coordinator's own by default). */
public record InviteAccount(
        @NotBlank(message = "{academy.account.email.required}") @Email(message = "{academy.account.email.invalid}") @Size(max = 254, message = "{academy.account.email.size}") String email,
        Long organisationId) {
}
