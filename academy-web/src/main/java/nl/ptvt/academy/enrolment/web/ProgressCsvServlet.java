package nl.ptvt.academy.enrolment.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import nl.ptvt.academy.enrolment.EnrolmentStatus;
import nl.ptvt.academy.enrolment.ProgressReports;
import nl.ptvt.academy.enrolment.ReportFilter;
import nl.ptvt.academy.enrolment.rest.ProgressCsv;
import nl.ptvt.academy.shared.AccessRefusedException;
import nl.ptvt.academy.shared.ResourceNotFoundException;

/**
 * The CSV export of a course's progress report for the pages: a plain download link beside the table, with
 * {@code ?cursus=} (required), {@code organisatie=}, {@code status=}, {@code zoek=} and {@code volgorde=} as on the
 * page. (The REST API's export takes a bearer token, which a page session has not.) It is served inside the authors'
 * and the coordinators' page areas, so their role rules apply; which learners a caller gets is the report service's
 * to decide (a coordinator: the people of their own organisation). Rows are streamed as the service reads them in
 * batches, in the REST export's format ({@link ProgressCsv}), so a course with many learners is never held in memory.
 */
@WebServlet(name = "ProgressCsvServlet", urlPatterns = {"/auteur/deelnemers.csv", "/coordinator/deelnemers.csv"})
public class ProgressCsvServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String COURSE = "cursus";
    static final String ORGANISATION = "organisatie";
    static final String STATUS = "status";
    static final String QUERY = "zoek";
    static final String SORT = "volgorde";

    @Inject
    ProgressReports reports;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long course = number(request.getParameter(COURSE));
        if (course == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ReportFilter filter = new ReportFilter(constant(EnrolmentStatus.class, request.getParameter(STATUS)),
                number(request.getParameter(ORGANISATION)), request.getParameter(QUERY),
                constant(ReportFilter.ReportSort.class, request.getParameter(SORT)));
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"course-" + course + "-progress.csv\"");
        response.setHeader("Cache-Control", "no-store");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        ProgressCsv csv = new ProgressCsv(out);
        try {
            csv.header();
            reports.exportCourse(course, filter, csv::row);
        } catch (ResourceNotFoundException | AccessRefusedException refused) {
            // Refused before the first row: nothing has been sent yet (the writer still holds the header).
            response.reset();
            response.sendError(refused instanceof AccessRefusedException ? HttpServletResponse.SC_FORBIDDEN : HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        out.flush();
    }

    private static Long number(String value) {
        try {
            return value == null ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String value) {
        String wanted = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(wanted)).findFirst().orElse(null);
    }
}
