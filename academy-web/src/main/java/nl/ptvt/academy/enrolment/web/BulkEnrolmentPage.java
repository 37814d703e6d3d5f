package nl.ptvt.academy.enrolment.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.ptvt.academy.catalogue.Catalogue;
import nl.ptvt.academy.catalogue.CatalogueSearch;
import nl.ptvt.academy.catalogue.CatalogueSort;
import nl.ptvt.academy.catalogue.CourseFormat;
import nl.ptvt.academy.catalogue.CourseSummary;
import nl.ptvt.academy.enrolment.BulkEnrolment;
import nl.ptvt.academy.enrolment.BulkEnrolmentResult;
import nl.ptvt.academy.enrolment.Enrolments;
import nl.ptvt.academy.organisation.OrganisationDirectory;
import nl.ptvt.academy.organisation.OrganisationMember;
import nl.ptvt.academy.organisation.OrganisationMembers;
import nl.ptvt.academy.organisation.OrganisationSearch;
import nl.ptvt.academy.organisation.OrganisationView;
import nl.ptvt.academy.shared.AcademyException;
import nl.ptvt.academy.shared.PageRequest;
import nl.ptvt.academy.shared.web.CommandValidation;
import nl.ptvt.academy.shared.web.CurrentUser;
import nl.ptvt.academy.shared.web.Messages;
import nl.ptvt.academy.shared.web.Texts;

/**
 * {@code /coordinator/inschrijven}: a coordinator enrols colleagues in a published e-learning course by picking them
 * from the list of their organisation's members (an administrator first picks the organisation), pasting their e-mail
 * addresses (one per line, or separated by commas or semicolons) and/or uploading a text or CSV file of addresses; all
 * of them go into one bulk enrolment. The page then says per address what became of it (an address without an account is invited and enrolled). Addresses of people outside the coordinator's
 * organisation make the service refuse the whole list.
 */
@Named
@ViewScoped
public class BulkEnrolmentPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "bulk";
    static final long MAX_FILE_BYTES = 100 * 1024;

    @Inject
    Enrolments enrolments;

    @Inject
    Catalogue catalogue;

    @Inject
    OrganisationMembers members;

    @Inject
    OrganisationDirectory organisations;

    @Inject
    CurrentUser currentUser;

    @Inject
    CommandValidation validation;

    private List<CourseSummary> courses = List.of();
    private List<OrganisationView> organisationChoices = List.of();
    private Long organisationId;
    private String memberQuery;
    private List<OrganisationMember> memberList = List.of();
    private List<String> pickedEmails = new ArrayList<>();
    private transient Part file;
    private Long courseId;
    private String addresses;
    private BulkEnrolmentResult result;
    private String resultCourse;

    @PostConstruct
    void init() {
        CatalogueSearch eLearning = new CatalogueSearch(null, null, CourseFormat.E_LEARNING, null, null, CatalogueSort.TITLE);
        courses = catalogue.search(eLearning, new PageRequest(0, PageRequest.MAX_SIZE)).items();
        if (currentUser.isAdmin()) {
            organisationChoices = organisations.find(OrganisationSearch.any(), new PageRequest(0, PageRequest.MAX_SIZE)).items();
        } else {
            searchMembers();
        }
    }

    /** Lists the members matching the search (an administrator's only after picking an organisation). */
    public void searchMembers() {
        if (currentUser.isAdmin() && organisationId == null) {
            memberList = List.of();
            return;
        }
        try {
            memberList = members.find(organisationId, memberQuery);
        } catch (AcademyException e) {
            memberList = List.of();
            Messages.error(FORM + ":members", e);
        }
    }

    public void enrol() {
        result = null;
        if (courseId == null) {
            Messages.error(FORM + ":course", Texts.text("bulk.course.required"));
            return;
        }
        Set<String> people = new LinkedHashSet<>(pickedEmails);
        people.addAll(split(addresses));
        if (file != null && file.getSize() > 0) {
            List<String> uploaded = addressesInFile();
            if (uploaded == null) {
                return;
            }
            people.addAll(uploaded);
        }
        if (people.isEmpty()) {
            Messages.error(FORM + ":addresses", Texts.text("bulk.nobody"));
            return;
        }
        BulkEnrolment command = new BulkEnrolment(List.copyOf(people));
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
        pickedEmails = new ArrayList<>();
    }

    /** The addresses in the uploaded file, or null (with the reason shown) when it is too large or holds none. */
    private List<String> addressesInFile() {
        if (file.getSize() > MAX_FILE_BYTES) {
            Messages.error(FORM + ":file", Texts.text("bulk.file.tooLarge"));
            return null;
        }
        List<String> found;
        try (var content = file.getInputStream()) {
            found = addressesIn(new String(content.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (found.isEmpty()) {
            Messages.error(FORM + ":file", Texts.text("bulk.file.noAddresses", file.getSubmittedFileName()));
            return null;
        }
        return found;
    }

    /**
     * The addresses in an uploaded file: split like pasted text, keeping only what looks like an address, so that a
     * CSV's header and name columns are left out (a malformed address with an @ is still reported by validation).
     */
    static List<String> addressesIn(String content) {
        return split(content == null ? null : content.replace("\"", " ")).stream().filter(token -> token.contains("@")).toList();
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

    public boolean isMembersCapped() {
        return memberList.size() >= OrganisationMembers.MAX_RESULTS;
    }

    public int getMaxMembers() {
        return OrganisationMembers.MAX_RESULTS;
    }

    public List<OrganisationMember> getMembers() {
        return memberList;
    }

    public List<OrganisationView> getOrganisations() {
        return organisationChoices;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public String getMemberQuery() {
        return memberQuery;
    }

    public void setMemberQuery(String memberQuery) {
        this.memberQuery = memberQuery;
    }

    public List<String> getPickedEmails() {
        return pickedEmails;
    }

    public void setPickedEmails(List<String> pickedEmails) {
        this.pickedEmails = pickedEmails == null ? new ArrayList<>() : new ArrayList<>(pickedEmails);
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
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
