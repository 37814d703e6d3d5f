package nl.ptvt.academy.enrolment;

import java.util.List;

/** Per e-mail address (in the order given, duplicates once) what became of it. */
public record BulkEnrolmentResult(long courseId, List<Line> results) {

    public BulkEnrolmentResult {
        results = List.copyOf(results);
    }

    /**
     * {@code ENROLLED}: enrolled now (also when a pending or withdrawn enrolment was activated), and mailed;
     * {@code INVITED}: the address had no account, or one that was never activated: it was invited (a mail with an
     * activation link) and enrolled, so the course is waiting when the person activates the account;
     * {@code ALREADY_ENROLLED}: active or completed before; {@code NOT_ENROLLED}: see {@code reason}.
     */
    public enum Outcome { ENROLLED, INVITED, ALREADY_ENROLLED, NOT_ENROLLED }

    /**
     * Why an address was not enrolled. {@code ACCOUNT_DEACTIVATED}: an administrator deactivated its account, so the
     * person cannot sign in (an administrator reactivates it first).
     */
    public enum Reason { ACCOUNT_DEACTIVATED }

    /** {@code enrolmentId} and {@code status} are {@code null} when the address was not enrolled. */
    public record Line(String email, Outcome outcome, Reason reason, Long enrolmentId, EnrolmentStatus status) {
    }
}
