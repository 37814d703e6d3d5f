package nl.ptvt.academy.enrolment;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An approver's decision on a pending enrolment; a reason is optional and shown to the learner. */
public record ApprovalDecision(
        @NotNull(message = "{academy.enrolment.approved.required}") Boolean approved,
        @Size(max = 500, message = "{academy.enrolment.reason.size}") String reason) {
}
