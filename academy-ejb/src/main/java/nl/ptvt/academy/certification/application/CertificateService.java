package nl.ptvt.academy.certification.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.ptvt.academy.catalogue.domain.Course;
import nl.ptvt.academy.catalogue.domain.CourseRepository;
import nl.ptvt.academy.catalogue.domain.CourseVersion;
import nl.ptvt.academy.certification.CertificateDocument;
import nl.ptvt.academy.certification.CertificateVerification;
import nl.ptvt.academy.certification.Certificates;
import nl.ptvt.academy.certification.CourseCertificate;
import nl.ptvt.academy.certification.ManualIssue;
import nl.ptvt.academy.certification.MyCertificate;
import nl.ptvt.academy.certification.Revocation;
import nl.ptvt.academy.session.SessionAttendance;
import nl.ptvt.academy.session.SessionAttended;
import nl.ptvt.academy.shared.BusinessRuleException;
import nl.ptvt.academy.certification.domain.Certificate;
import nl.ptvt.academy.certification.domain.CertificateRepository;
import nl.ptvt.academy.certification.domain.CertifiedCourse;
import nl.ptvt.academy.certification.domain.IssueReason;
import nl.ptvt.academy.certification.domain.VerificationCode;
import nl.ptvt.academy.identity.Role;
import nl.ptvt.academy.job.BackgroundJobs;
import nl.ptvt.academy.job.JobKind;
import nl.ptvt.academy.job.JobView;
import nl.ptvt.academy.session.Sessions;
import nl.ptvt.academy.identity.domain.Account;
import nl.ptvt.academy.identity.domain.AccountRepository;
import nl.ptvt.academy.shared.AccessRefusedException;
import nl.ptvt.academy.shared.ConflictException;
import nl.ptvt.academy.shared.Page;
import nl.ptvt.academy.shared.PageRequest;
import nl.ptvt.academy.shared.ResourceNotFoundException;
import nl.ptvt.academy.shared.infrastructure.AcademySettings;
import nl.ptvt.academy.shared.infrastructure.CurrentCaller;

/**
 * Certificates as people use them. Ownership is checked here: a holder reads only their own certificates (another
 * person's code is "not found", so a code cannot be probed through this route), a course's list is for its authors and
 * administrators.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class CertificateService implements Certificates {

    @Inject
    CertificateRepository certificates;

    @Inject
    CertificateIssuing issuing;

    @Inject
    CertifiedCourses certifiedCourses;

    @Inject
    CourseRepository courses;

    @Inject
    AccountRepository accounts;

    @Inject
    CurrentCaller caller;

    @Inject
    AcademySettings settings;

    @Inject
    Clock clock;

    @Inject
    CertificateIssuer issuer;

    @Inject
    SessionAttendance attendance;

    @Inject
    Sessions sessions;

    @Inject
    BackgroundJobs jobs;

    @Override
    @RolesAllowed(Role.Names.LEARNER)
    public List<MyCertificate> mine() {
        LocalDate today = issuing.today();
        return certificates.ofAccount(caller.requireAccountId()).stream()
                .map(certificate -> CertificateAssembler.mine(certificate, today)).toList();
    }

    @Override
    @RolesAllowed(Role.Names.LEARNER)
    public CertificateDocument myDocument(String code) {
        long me = caller.requireAccountId();
        Certificate certificate = find(code);
        if (certificate.accountId() != me) {
            throw notFound(code);
        }
        Account holder = accounts.findById(me).orElseThrow();
        CourseVersion version = courses.findVersion(certificate.courseVersionId()).orElseThrow();
        return CertificateAssembler.document(certificate, holder.email().address(), version.content().summary(),
                version.course().slug(), settings.baseUrl());
    }

    @Override
    @PermitAll
    public CertificateVerification verify(String code) {
        return CertificateAssembler.verification(find(code), issuing.today());
    }

    @Override
    public CertificateVerification revoke(String code, Revocation revocation) {
        Certificate certificate = VerificationCode.normalise(code).flatMap(certificates::findByCodeForUpdate)
                .orElseThrow(() -> notFound(code));
        certificate.revoke(caller.requireAccountId(), revocation.reason(), clock.instant());
        return CertificateAssembler.verification(certificate, issuing.today());
    }

    @Override
    public CourseCertificate reissue(String code, Revocation reason) {
        Certificate old = VerificationCode.normalise(code).flatMap(certificates::findByCodeForUpdate)
                .orElseThrow(() -> notFound(code));
        Certificate issued = issuing.reissue(old, caller.requireAccountId(), reason.reason());
        return CertificateAssembler.ofCourse(issued, issuing.today());
    }

    @Override
    @RolesAllowed({Role.Names.TRAINER, Role.Names.ADMIN})
    public JobView startIssueForSession(long sessionId) {
        // the session feature decides who is a trainer of the session (403) and whether it exists (404)
        List<SessionAttended> attendees = attendance.attendees(sessionId);
        long courseId = sessions.find(sessionId).courseId();
        CertifiedCourse course = certifiedCourses.current(courseId).orElseThrow(() -> courseNotFound(courseId));
        if (!course.leadsToCertificate()) {
            throw new BusinessRuleException("certificate.course-without-certificate",
                    "The course of session " + sessionId + " does not lead to a certificate");
        }
        CertificateIssuer issuer = this.issuer;
        return jobs.start(JobKind.CERTIFICATES_ISSUE, sessionId, progress -> {
            progress.total(attendees.size());
            int done = 0;
            int issued = 0;
            for (SessionAttended attendee : attendees) {
                // each in a transaction of its own, like the attended event: one failure or race does not undo the others
                Optional<String> code;
                try {
                    code = issuer.attendee(course, attendee);
                } catch (CertificateRace race) {
                    code = issuer.attendee(course, attendee);
                }
                issued += code.isPresent() ? 1 : 0;
                progress.advanced(++done, issued);
            }
        });
    }

    @Override
    public CourseCertificate issue(long courseId, ManualIssue issue) {
        CertifiedCourse course = certifiedCourses.current(courseId).orElseThrow(() -> courseNotFound(courseId));
        accounts.findById(issue.accountId())
                .orElseThrow(() -> new ResourceNotFoundException("account.not-found", "No account " + issue.accountId()));
        IssueReason reason = IssueReason.manual(caller.requireAccountId(), issue.reason());
        Certificate issued;
        try {
            issued = issuing.issue(issue.accountId(), course, clock.instant(), reason)
                    .orElseThrow(() -> new ConflictException("certificate.already-valid",
                            "Account " + issue.accountId() + " already holds a valid certificate of course " + courseId
                                    + "; revoke it first, or let it be renewed"));
        } catch (CertificateRace race) {
            throw new ConflictException("certificate.already-valid", "A certificate was issued at the same moment");
        }
        return CertificateAssembler.ofCourse(issued, issuing.today());
    }

    @Override
    @RolesAllowed({Role.Names.AUTHOR, Role.Names.ADMIN})
    public Page<CertificateDocument> courseDocuments(long courseId, PageRequest page) {
        requireAuthorOf(courseId);
        return documents(certificates.validOfCourse(courseId, page));
    }

    /** The documents of a page of certificates: their holders' addresses, versions and courses read in one query each. */
    private Page<CertificateDocument> documents(Page<Certificate> valid) {
        Map<Long, String> emails = accounts.findAllById(valid.items().stream().map(Certificate::accountId).distinct().toList())
                .stream().collect(Collectors.toMap(Account::id, account -> account.email().address()));
        Map<Long, CourseVersion> versions = courses.findVersions(valid.items().stream().map(Certificate::courseVersionId).distinct().toList())
                .stream().collect(Collectors.toMap(CourseVersion::id, version -> version));
        return valid.map(certificate -> {
            CourseVersion version = versions.get(certificate.courseVersionId());
            return CertificateAssembler.document(certificate, emails.get(certificate.accountId()), version.content().summary(),
                    version.course().slug(), settings.baseUrl());
        });
    }

    @Override
    public Page<CertificateDocument> sessionDocuments(long sessionId, PageRequest page) {
        sessions.find(sessionId);
        return documents(certificates.validOfSession(sessionId, page));
    }

    @Override
    @RolesAllowed({Role.Names.AUTHOR, Role.Names.ADMIN})
    public Page<CourseCertificate> ofCourse(long courseId, PageRequest page) {
        requireAuthorOf(courseId);
        LocalDate today = issuing.today();
        return certificates.ofCourse(courseId, page).map(certificate -> CertificateAssembler.ofCourse(certificate, today));
    }

    private Course requireAuthorOf(long courseId) {
        Course course = courses.findById(courseId).orElseThrow(() -> courseNotFound(courseId));
        if (!course.canBeEditedBy(caller.requireAccountId(), caller.isInRole(Role.Names.ADMIN))) {
            throw new AccessRefusedException("course.not-an-author", "Only the course's authors and administrators see its certificates");
        }
        return course;
    }

    private Certificate find(String code) {
        return VerificationCode.normalise(code).flatMap(certificates::findByCode).orElseThrow(() -> notFound(code));
    }

    private static ResourceNotFoundException notFound(String code) {
        return new ResourceNotFoundException("certificate.not-found", "No certificate with code " + shorten(code));
    }

    private static ResourceNotFoundException courseNotFound(long courseId) {
        return new ResourceNotFoundException("course.not-found", "No course " + courseId);
    }

    /** Never echo a long input back whole. */
    private static String shorten(String code) {
        return code == null ? "" : code.length() > 40 ? code.substring(0, 40) + "…" : code;
    }
}
