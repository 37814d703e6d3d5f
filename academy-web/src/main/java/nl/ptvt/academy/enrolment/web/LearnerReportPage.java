package nl.ptvt.academy.enrolment.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.ptvt.academy.enrolment.EnrolmentStatus;
import nl.ptvt.academy.enrolment.LearnerProgress;
import nl.ptvt.academy.enrolment.ProgressReports;
import nl.ptvt.academy.enrolment.ReportFilter;
import nl.ptvt.academy.enrolment.ReportFilter.ReportSort;
import nl.ptvt.academy.shared.PageRequest;
import nl.ptvt.academy.shared.web.PagedDataModel;
import org.primefaces.component.datatable.DataTable;

/**
 * What the authors' list of a course's learners and the coordinators' drill-down share: the filters (status, name or
 * e-mail address, order), the lazy table paged in the database by {@link ProgressReports#course}, and the address of
 * the CSV export of the same selection ({@link ProgressCsvServlet}).
 */
public abstract class LearnerReportPage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The client id of the table in {@code WEB-INF/includes/learner-report.xhtml}. */
    static final String TABLE = "report:learners";

    @Inject
    ProgressReports reports;

    private EnrolmentStatus status;
    private String query;
    private ReportSort sort = ReportSort.NAME;

    private final PagedDataModel<LearnerProgress> learners =
            new PagedDataModel<>(request -> reports.course(reportedCourse(), filter(), request), LearnerProgress::enrolmentId);

    /** The course whose learners are listed. */
    protected abstract long reportedCourse();

    /** The organisation whose people are listed, or null for everyone the caller may see. */
    protected abstract Long reportedOrganisation();

    /** The address the CSV export is served at (inside the page area's role rule). */
    protected abstract String csvPath();

    public ReportFilter filter() {
        return new ReportFilter(status, reportedOrganisation(), query, sort);
    }

    /** A new filter starts at the first page of the table. */
    public void search() {
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE);
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }

    /** The CSV export of what the table shows (every page of it). */
    public String getCsvAddress() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put(ProgressCsvServlet.COURSE, reportedCourse());
        parameters.put(ProgressCsvServlet.ORGANISATION, reportedOrganisation());
        parameters.put(ProgressCsvServlet.STATUS, status);
        parameters.put(ProgressCsvServlet.QUERY, filter().query());
        parameters.put(ProgressCsvServlet.SORT, sort == ReportSort.NAME ? null : sort);
        return csvPath() + "?" + parameters.entrySet().stream().filter(entry -> entry.getValue() != null)
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue().toString(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public List<EnrolmentStatus> getStatuses() {
        return List.of(EnrolmentStatus.values());
    }

    public List<ReportSort> getSorts() {
        return List.of(ReportSort.values());
    }

    public PagedDataModel<LearnerProgress> getLearners() {
        return learners;
    }

    public int getPageSize() {
        return PageRequest.DEFAULT_SIZE;
    }

    public EnrolmentStatus getStatus() {
        return status;
    }

    public void setStatus(EnrolmentStatus status) {
        this.status = status;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public ReportSort getSort() {
        return sort;
    }

    public void setSort(ReportSort sort) {
        this.sort = sort == null ? ReportSort.NAME : sort;
    }
}
