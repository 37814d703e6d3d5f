package nl.ptvt.academy.certification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An administrator issues a certificate outside the usual routes, and says why (kept for audit). */
public record ManualIssue(@NotNull Long accountId, @NotBlank @Size(max = 500) String reason) {
}
