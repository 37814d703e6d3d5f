package nl.ptvt.academy.enrolment;

/**
 * Which learners a progress report shows: all {@code null} for everyone. {@code query} is part of a name or an
 * e-mail address (case-insensitive). {@code sort} defaults to {@link ReportSort#NAME}.
 */
public record ReportFilter(EnrolmentStatus status, Long organisationId, String query, ReportSort sort) {

    public ReportFilter {
        query = query == null || query.isBlank() ? null : query.strip();
        sort = sort == null ? ReportSort.NAME : sort;
    }

    public static ReportFilter everyone() {
        return new ReportFilter(null, null, null, null);
    }

    /** The order of a report: by name; by progress (highest first); by last activity (most recent first). Ties by enrolment. */
    public enum ReportSort { NAME, PROGRESS, LAST_ACTIVITY }
}
