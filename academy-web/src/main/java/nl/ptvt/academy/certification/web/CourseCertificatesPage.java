package nl.ptvt.academy.certification.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.ptvt.academy.catalogue.Catalogue;
import nl.ptvt.academy.catalogue.CourseDetail;
import nl.ptvt.academy.certification.CertificateStatus;
import nl.ptvt.academy.certification.Certificates;
import nl.ptvt.academy.certification.CourseCertificate;
import nl.ptvt.academy.certification.ManualIssue;
import nl.ptvt.academy.certification.Revocation;
import nl.ptvt.academy.certification.export.CertificateExports;
import nl.ptvt.academy.job.web.BackgroundJobPanel;
import nl.ptvt.academy.identity.AccountAdministration;
import nl.ptvt.academy.identity.AccountView;
import nl.ptvt.academy.shared.AcademyException;
import nl.ptvt.academy.shared.ConflictException;
import nl.ptvt.academy.shared.PageRequest;
import nl.ptvt.academy.shared.ResourceNotFoundException;
import nl.ptvt.academy.shared.web.CommandValidation;
import nl.ptvt.academy.shared.web.CurrentUser;
import nl.ptvt.academy.shared.web.ErrorPages;
import nl.ptvt.academy.shared.web.Messages;
import nl.ptvt.academy.shared.web.PagedDataModel;
import nl.ptvt.academy.shared.web.Texts;

/**
 * {@code /auteur/certificaten?cursus=…}: a course's certificates, newest first and paged in the database, for its
 * authors and the administrators (another author gets 403). Administrators also revoke or reissue a valid certificate
 * with a reason (after a confirmation panel) and issue one by hand to the account with a given e-mail address; the
 * service refuses everyone else, the page only leaves the buttons out.
 */
@Named
@ViewScoped
public class CourseCertificatesPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String DECISION_FORM = "decision";
    static final String ISSUE_FORM = "issue";
    /** The manual issue's reason has an input of its own name (the panel's is {@code reason}). */
    private static final Map<String, String> REASON_INPUT = Map.of("reason", "issueReason");
    /** Stands in for the account while only the reason is judged. */
    private static final long NOBODY = 0L;

    /** What the confirmation panel is about to do with the chosen certificate. */
    private enum Decision {
        REVOKE,
        REISSUE
    }

    @Inject
    Certificates certificates;

    @Inject
    Catalogue catalogue;

    @Inject
    AccountAdministration accounts;

    @Inject
    CommandValidation validation;

    @Inject
    CurrentUser currentUser;

    @Inject
    CertificateExports exports;

    @Inject
    BackgroundJobPanel job;

    private Long courseId;
    private CourseDetail course;
    private long total;
    private final PagedDataModel<CourseCertificate> list =
            PagedDataModel.keyedBy(request -> certificates.ofCourse(courseId, request), CourseCertificate::code);

    private CourseCertificate chosen;
    private Decision decision;
    private String reason;

    private String email;
    private String issueReason;

    /** The view action: the course, and whether the caller may see its certificates (one row asked, to be refused early). */
    public void load() {
        if (courseId == null) {
            ErrorPages.refuse(new ResourceNotFoundException("course.not-found", "No course id"));
            return;
        }
        try {
            course = catalogue.course(courseId);
            count();
        } catch (AcademyException e) {
            ErrorPages.refuse(e);
        }
    }

    /** All valid certificates as one ZIP (PDF and Open Badges credential each), made in the background with a progress bar. */
    public void export() {
        try {
            job.follow(exports.startCourse(courseId));
        } catch (AcademyException e) {
            Messages.error(null, e);
        }
    }

    private void count() {
        total = certificates.ofCourse(courseId, new PageRequest(0, 1)).total();
    }

    public void askRevoke(CourseCertificate certificate) {
        ask(certificate, Decision.REVOKE);
    }

    public void askReissue(CourseCertificate certificate) {
        ask(certificate, Decision.REISSUE);
    }

    private void ask(CourseCertificate certificate, Decision what) {
        chosen = certificate;
        decision = what;
        reason = null;
    }

    public void keep() {
        chosen = null;
        decision = null;
        reason = null;
    }

    public void revoke() {
        if (chosen == null || decision != Decision.REVOKE) {
            return;
        }
        Revocation revocation = new Revocation(stripped(reason));
        if (!validation.validate(revocation, DECISION_FORM)) {
            return;
        }
        try {
            certificates.revoke(chosen.code(), revocation);
        } catch (AcademyException e) {
            Messages.error(null, e);
            return;
        }
        Messages.info(null, Texts.text("courseCertificates.revoked", chosen.holderName(), chosen.code()));
        keep();
    }

    public void reissue() {
        if (chosen == null || decision != Decision.REISSUE) {
            return;
        }
        Revocation why = new Revocation(stripped(reason));
        if (!validation.validate(why, DECISION_FORM)) {
            return;
        }
        CourseCertificate issued;
        try {
            issued = certificates.reissue(chosen.code(), why);
        } catch (AcademyException e) {
            Messages.error(null, e);
            return;
        }
        Messages.info(null, Texts.text("courseCertificates.reissued", issued.holderName(), issued.code()));
        keep();
        count();
    }

    /** Issues a certificate by hand to the account with exactly the typed e-mail address. */
    public void issue() {
        Optional<AccountView> account = accountWithEmail();
        // the command's own rules judge the reason also when the address found nobody (that was told at the address)
        ManualIssue issue = new ManualIssue(account.map(AccountView::id).orElse(NOBODY), stripped(issueReason));
        if (!validation.validate(issue, ISSUE_FORM, REASON_INPUT) || account.isEmpty()) {
            return;
        }
        CourseCertificate issued;
        try {
            issued = certificates.issue(courseId, issue);
        } catch (ConflictException e) {
            Messages.error(ISSUE_FORM + ":email", Messages.describe(e));
            return;
        } catch (AcademyException e) {
            Messages.error(null, e);
            return;
        }
        Messages.info(null, Texts.text("courseCertificates.issued", issued.holderName(), issued.code()));
        email = null;
        issueReason = null;
        count();
    }

    /** The account whose address is the typed one (the search also finds parts of names and addresses). */
    private Optional<AccountView> accountWithEmail() {
        String address = stripped(email);
        if (address == null) {
            Messages.error(ISSUE_FORM + ":email", Texts.text("courseCertificates.issue.email.required"));
            return Optional.empty();
        }
        Optional<AccountView> found = accounts.find(address, new PageRequest(0, PageRequest.MAX_SIZE)).items().stream()
                .filter(account -> account.email().toLowerCase(Locale.ROOT).equals(address.toLowerCase(Locale.ROOT)))
                .findFirst();
        if (found.isEmpty()) {
            Messages.error(ISSUE_FORM + ":email", Texts.text("courseCertificates.issue.email.unknown"));
        }
        return found;
    }

    private static String stripped(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Revoking and reissuing are for valid certificates (an expired one is left to a renewal). */
    public boolean canChange(CourseCertificate certificate) {
        return currentUser.isAdmin() && certificate.status() == CertificateStatus.VALID;
    }

    public String statusLabel(CourseCertificate certificate) {
        return Texts.text("certificate.status." + certificate.status().name());
    }

    public boolean isAdministrator() {
        return currentUser.isAdmin();
    }

    /** Not {@code empty}: that is a word of EL. */
    public boolean isWithoutCertificates() {
        return total == 0;
    }

    public PagedDataModel<CourseCertificate> getCertificates() {
        return list;
    }

    public int getPageSize() {
        return PageRequest.DEFAULT_SIZE;
    }

    public Long getCourseId() {
        return courseId;
    }

    public void setCourseId(Long courseId) {
        this.courseId = courseId;
    }

    public CourseDetail getCourse() {
        return course;
    }

    public CourseCertificate getChosen() {
        return chosen;
    }

    public boolean isRevoking() {
        return chosen != null && decision == Decision.REVOKE;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getIssueReason() {
        return issueReason;
    }

    public void setIssueReason(String issueReason) {
        this.issueReason = issueReason;
    }
}
