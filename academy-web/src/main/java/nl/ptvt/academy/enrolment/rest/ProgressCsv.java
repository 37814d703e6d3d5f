package nl.ptvt.academy.enrolment.rest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import nl.ptvt.academy.enrolment.LearnerProgress;

/**
 * A progress report as CSV (RFC 4180): a header line, then one line per learner, comma-separated, CRLF line ends,
 * a field in double quotes when it holds a comma, a quote or a line break (a quote inside doubled). Free text that
 * a spreadsheet would take for a formula (starting with =, +, -, @, a tab or a carriage return) gets a leading
 * apostrophe, so an export opened in Excel never runs what a learner typed as their name. Instants are ISO-8601 UTC.
 */
public final class ProgressCsv {

    static final List<String> HEADER = List.of("enrolment_id", "account_id", "name", "email", "organisation", "status",
            "course_version", "percent", "lessons_done", "lessons_required", "requested_at", "activated_at",
            "first_activity_at", "last_activity_at", "completed_at", "quiz_results");

    private final Writer out;

    public ProgressCsv(Writer out) {
        this.out = out;
    }

    public void header() {
        line(HEADER);
    }

    public void row(LearnerProgress row) {
        line(List.of(String.valueOf(row.enrolmentId()), String.valueOf(row.accountId()), text(row.name()), text(row.email()),
                text(row.organisationName()), row.status().name(), String.valueOf(row.courseVersion()),
                String.valueOf(row.progress().percent()), String.valueOf(row.progress().lessonsDone()),
                String.valueOf(row.progress().lessonsRequired()), instant(row.requestedAt()), instant(row.activatedAt()),
                instant(row.firstActivityAt()), instant(row.lastActivityAt()), instant(row.progress().completedAt()),
                text(row.quizzes().stream()
                        .map(quiz -> quiz.title() + ": " + quiz.bestScore() + "% " + (quiz.passed() ? "passed" : "not passed")
                                + " (" + quiz.attempts() + (quiz.attempts() == 1 ? " attempt)" : " attempts)"))
                        .collect(Collectors.joining("; ")))));
    }

    private void line(List<String> fields) {
        try {
            out.write(fields.stream().map(ProgressCsv::field).collect(Collectors.joining(",")));
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String field(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    /** Text from people, defused for spreadsheets. */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static String instant(Instant instant) {
        return instant == null ? "" : instant.toString();
    }
}
