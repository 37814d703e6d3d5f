package nl.ptvt.academy.enrolment;

import java.util.List;

/** Per e-mail address (in the order given, duplicates once) what became of it. */
public record BulkEnrolmentResult(long courseId, List<Line> results) {

    public BulkEnrolmentResult {
        results = List.copyOf(results);
    }

    /**
     * {@code ENROLLED}: enrolled now (also when a pending or withdrawn enrolment was activated);
     * {@code ALREADY_ENROLLED}: active or completed before; {@code NOT_ENROLLED}: see {@code reason}.
     */
    public enum Outcome { ENROLLED, ALREADY_ENROLLED, NOT_ENROLLED }

    /** Why an address was not enrolled. {@code UNKNOWN_ACCOUNT}: no account has this address. */
    public enum Reason { UNKNOWN_ACCOUNT }

    /** {@code enrolmentId} and {@code status} are {@code null} when the address was not enrolled. */
    public record Line(String email, Outcome outcome, Reason reason, Long enrolmentId, EnrolmentStatus status) {
    }
}
