package nl.ptvt.academy.certification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why an administrator revokes (or reissues) a certificate; required, kept for audit. */
public record Revocation(
        @NotBlank(message = "{academy.certificate.reason.required}") @Size(max = 500, message = "{academy.certificate.reason.size}") String reason) {
}
