package nl.ptvt.academy.enrolment.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.ptvt.academy.catalogue.Catalogue;
import nl.ptvt.academy.catalogue.CatalogueSearch;
import nl.ptvt.academy.catalogue.CatalogueSort;
import nl.ptvt.academy.catalogue.CourseFormat;
import nl.ptvt.academy.catalogue.CourseSummary;
import nl.ptvt.academy.enrolment.BulkEnrolment;
import nl.ptvt.academy.enrolment.BulkEnrolmentResult;
import nl.ptvt.academy.enrolment.Enrolments;
import nl.ptvt.academy.shared.AcademyException;
import nl.ptvt.academy.shared.PageRequest;
import nl.ptvt.academy.shared.web.CommandValidation;
import nl.ptvt.academy.shared.web.Messages;
import nl.ptvt.academy.shared.web.Texts;

/**
 * {@code /coordinator/inschrijven}: a coordinator enrols colleagues in a published e-learning course by pasting their
 * e-mail addresses (one per line, or separated by commas or semicolons); the page then says per address what became
 * of it (an address without an account is invited and enrolled). Addresses of people outside the coordinator's
 * organisation make the service refuse the whole list.
 */
@Named
@ViewScoped
public class BulkEnrolmentPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "bulk";

    @Inject
    Enrolments enrolments;

    @Inject
    Catalogue catalogue;

    @Inject
    CommandValidation validation;

    private List<CourseSummary> courses = List.of();
    private Long courseId;
    private String addresses;
    private BulkEnrolmentResult result;
    private String resultCourse;

    @PostConstruct
    void init() {
        CatalogueSearch eLearning = new CatalogueSearch(null, null, CourseFormat.E_LEARNING, null, null, CatalogueSort.TITLE);
        courses = catalogue.search(eLearning, new PageRequest(0, PageRequest.MAX_SIZE)).items();
    }

    public void enrol() {
        result = null;
        if (courseId == null) {
            Messages.error(FORM + ":course", Texts.text("bulk.course.required"));
            return;
        }
        BulkEnrolment command = new BulkEnrolment(split(addresses));
        if (!validation.validate(command, FORM, Map.of("emails", "addresses"))) {
            return;
        }
        try {
            result = enrolments.enrolPeople(courseId, command);
        } catch (AcademyException e) {
            Messages.error(FORM + ":addresses", e);
            return;
        }
        resultCourse = courses.stream().filter(course -> course.id() == courseId).map(CourseSummary::title).findFirst().orElse("");
        long enrolled = result.results().stream().filter(line -> line.outcome() == BulkEnrolmentResult.Outcome.ENROLLED
                || line.outcome() == BulkEnrolmentResult.Outcome.INVITED).count();
        Messages.info(null, Texts.text("bulk.done", enrolled, result.results().size()));
        addresses = null;
    }

    /** The addresses in what was pasted: separated by line breaks, spaces, commas or semicolons. */
    static List<String> split(String pasted) {
        return pasted == null ? List.of() : Arrays.stream(pasted.split("[\\s,;]+")).filter(address -> !address.isEmpty()).toList();
    }

    /** An address's outcome in words ("Ingeschreven", "Uitgenodigd en ingeschreven", "Was al ingeschreven", …). */
    public String outcome(BulkEnrolmentResult.Line line) {
        return line.reason() != null ? Texts.text("bulk.reason." + line.reason().name())
                : Texts.text("bulk.outcome." + line.outcome().name());
    }

    public String outcomeIcon(BulkEnrolmentResult.Line line) {
        return switch (line.outcome()) {
            case ENROLLED -> "✓";
            case INVITED -> "✉";
            case ALREADY_ENROLLED -> "=";
            case NOT_ENROLLED -> "✗";
        };
    }

    public List<CourseSummary> getCourses() {
        return courses;
    }

    public Long getCourseId() {
        return courseId;
    }

    public void setCourseId(Long courseId) {
        this.courseId = courseId;
    }

    public String getAddresses() {
        return addresses;
    }

    public void setAddresses(String addresses) {
        this.addresses = addresses;
    }

    public BulkEnrolmentResult getResult() {
        return result;
    }

    public String getResultCourse() {
        return resultCourse;
    }
}
