package nl.ptvt.academy.certification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why an administrator revokes (or reissues) a certificate; required, kept for audit. */
public record Revocation(@NotBlank @Size(max = 500) String reason) {
}
