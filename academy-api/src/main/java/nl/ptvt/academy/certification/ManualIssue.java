package nl.ptvt.academy.certification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An administrator issues a certificate outside the usual routes, and says why (kept for audit). */
public record ManualIssue(
        @NotNull(message = "{academy.certificate.account.required}") Long accountId,
        @NotBlank(message = "{academy.certificate.reason.required}") @Size(max = 500, message = "{academy.certificate.reason.size}") String reason) {
}
