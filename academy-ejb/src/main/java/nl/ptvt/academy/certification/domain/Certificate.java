package nl.ptvt.academy.certification.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;
import nl.ptvt.academy.certification.CertificateSource;
import nl.ptvt.academy.certification.CertificateStatus;
import nl.ptvt.academy.shared.BusinessRuleException;

/**
 * A certificate: what it says is fixed on issue (holder, course, dates), so a later change to the course or the
 * account never changes a certificate already handed out. Renewal and reissue add a new certificate and supersede
 * this one; revocation keeps it with the reason. While {@code VALID} it holds the key {@code accountId:courseId},
 * unique in the database: one valid certificate per person per course, also under parallel events.
 */
@Entity
@Table(name = "certificate")
@Cacheable(false)
public class Certificate {

    /** Completing the course again this long before expiry renews the certificate. */
    public static final Period RENEWAL_WINDOW = Period.ofWeeks(8);

    /** What an automatic event or an administrator's request leads to, given the person's current certificate. */
    public enum Outcome {
        /** A first certificate. */
        ISSUE,
        /** A new certificate that supersedes the current one. */
        RENEW,
        /** Nothing: the course has no certificate, or the current one still stands. */
        NOTHING
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 32)
    private String code;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "course_id", nullable = false)
    private long courseId;

    @Column(name = "course_version_id", nullable = false)
    private long courseVersionId;

    @Column(name = "holder_name", nullable = false, length = 150)
    private String holderName;

    @Column(name = "course_title", nullable = false, length = 200)
    private String courseTitle;

    @Column(name = "course_version_number", nullable = false)
    private int courseVersionNumber;

    @Column(name = "theme_name_nl", length = 100)
    private String themeNameNl;

    @Column(name = "theme_name_en", length = 100)
    private String themeNameEn;

    @Column(name = "study_hours", precision = 5, scale = 1)
    private BigDecimal studyHours;

    @Column(nullable = false, length = 8)
    private String language;

    @Column(name = "completed_on", nullable = false)
    private LocalDate completedOn;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CertificateSource source;

    @Column(name = "enrolment_id")
    private Long enrolmentId;

    @Column(name = "booking_id")
    private Long bookingId;

    @Column(name = "issued_by")
    private Long issuedBy;

    @Column(name = "issue_reason", length = 500)
    private String issueReason;

    /** Only VALID, SUPERSEDED or REVOKED are stored; EXPIRED is computed ({@link #statusOn(LocalDate)}). */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CertificateStatus status;

    @Column(name = "superseded_by")
    private Long supersededBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by")
    private Long revokedBy;

    @Column(name = "revocation_reason", length = 500)
    private String revocationReason;

    @Column(name = "renewal_reminded_at")
    private Instant renewalRemindedAt;

    @Column(name = "current_key", length = 40)
    private String currentKey;

    protected Certificate() {
    }

    /**
     * What completing (or attending, or an administrator's issue for) {@code course} leads to for a person whose valid
     * certificate of the course is {@code current}. An automatic event only counts for a course that leads to a
     * certificate. A current certificate is renewed only by the course's current version, once it is expired or
     * within {@link #RENEWAL_WINDOW} of expiring; otherwise a second event issues nothing.
     */
    public static Outcome outcome(Optional<Certificate> current, CertifiedCourse course, IssueReason reason, LocalDate today) {
        if (reason.automatic() && !course.leadsToCertificate()) {
            return Outcome.NOTHING;
        }
        if (current.isEmpty()) {
            return Outcome.ISSUE;
        }
        return current.get().isRenewableOn(today) && course.currentVersion() ? Outcome.RENEW : Outcome.NOTHING;
    }

    /** A new, valid certificate; it expires {@code validityMonths} after {@code completedOn} when the course sets one. */
    public static Certificate issue(String code, long accountId, String holderName, CertifiedCourse course,
                                    LocalDate completedOn, IssueReason reason, Instant issuedAt) {
        Certificate certificate = new Certificate();
        certificate.code = Objects.requireNonNull(code, "code");
        certificate.accountId = accountId;
        certificate.holderName = requireName(holderName);
        certificate.courseId = course.courseId();
        certificate.courseVersionId = course.courseVersionId();
        certificate.courseTitle = course.title();
        certificate.courseVersionNumber = course.versionNumber();
        certificate.themeNameNl = course.themeNameNl();
        certificate.themeNameEn = course.themeNameEn();
        certificate.studyHours = course.studyHours();
        certificate.language = course.language();
        certificate.completedOn = Objects.requireNonNull(completedOn, "completedOn");
        certificate.expiresOn = course.validityMonths() == null ? null : completedOn.plusMonths(course.validityMonths());
        certificate.issuedAt = Objects.requireNonNull(issuedAt, "issuedAt");
        certificate.source = reason.source();
        certificate.enrolmentId = reason.enrolmentId();
        certificate.bookingId = reason.bookingId();
        certificate.issuedBy = reason.issuedBy();
        certificate.issueReason = reason.reason();
        certificate.status = CertificateStatus.VALID;
        certificate.currentKey = currentKey(accountId, course.courseId());
        return certificate;
    }

    /** The key that makes one valid certificate per person per course a database constraint. */
    public static String currentKey(long accountId, long courseId) {
        return accountId + ":" + courseId;
    }

    /** Stored status, with a valid certificate past its expiry date reported as EXPIRED. */
    public CertificateStatus statusOn(LocalDate today) {
        if (status == CertificateStatus.VALID && expiresOn != null && today.isAfter(expiresOn)) {
            return CertificateStatus.EXPIRED;
        }
        return status;
    }

    /** Expired, or expiring within the renewal window. A certificate without expiry is never renewed. */
    public boolean isRenewableOn(LocalDate today) {
        return status == CertificateStatus.VALID && expiresOn != null && !today.isBefore(expiresOn.minus(RENEWAL_WINDOW));
    }

    /**
     * Time to remind the holder to renew: valid, within {@link #RENEWAL_WINDOW} before its expiry date (and not yet
     * past it), and not reminded before. Mirrored by {@link CertificateRepository#dueForRenewalReminder}.
     */
    public boolean isRenewalReminderDue(LocalDate today) {
        return status == CertificateStatus.VALID && expiresOn != null && renewalRemindedAt == null
                && !today.isAfter(expiresOn) && !today.isBefore(expiresOn.minus(RENEWAL_WINDOW));
    }

    public Optional<Instant> renewalRemindedAt() {
        return Optional.ofNullable(renewalRemindedAt);
    }

    /**
     * An administrator revokes the certificate with a reason (audit: who, when, why). It stops being the person's
     * current certificate, so a later completion may issue a new one. Revoking a revoked certificate changes nothing.
     */
    public void revoke(long administratorId, String reason, Instant now) {
        String why = IssueReason.required(reason, "certificate.reason-required");
        if (status == CertificateStatus.REVOKED) {
            return;
        }
        if (status == CertificateStatus.SUPERSEDED) {
            throw new BusinessRuleException("certificate.superseded",
                    "This certificate was superseded by a newer one; revoke that one instead");
        }
        status = CertificateStatus.REVOKED;
        revokedAt = now;
        revokedBy = administratorId;
        revocationReason = why;
        currentKey = null;
    }

    /**
     * The first half of a renewal or reissue: this certificate gives up its place as the current one. Write it
     * (flush) before adding the successor, whose key is the same, then {@link #supersededBy(Certificate)}.
     */
    public void retire() {
        if (status != CertificateStatus.VALID) {
            throw new BusinessRuleException("certificate.not-valid", "Only a valid certificate can be renewed or reissued");
        }
        status = CertificateStatus.SUPERSEDED;
        currentKey = null;
    }

    public void supersededBy(Certificate successor) {
        if (status != CertificateStatus.SUPERSEDED) {
            throw new IllegalStateException("Retire the certificate before naming its successor");
        }
        supersededBy = Objects.requireNonNull(successor.id, "the successor is stored first");
    }

    /**
     * The same certificate with the holder's current name and a new code, e.g. after a name change; an administrator
     * does it and says why. The dates, course and source stay; call {@link #retire()} on this one first.
     */
    public Certificate reissued(String newCode, String currentName, long administratorId, String reason, Instant now) {
        String why = IssueReason.required(reason, "certificate.reason-required");
        if (status != CertificateStatus.SUPERSEDED || supersededBy != null) {
            throw new IllegalStateException("Retire the certificate before reissuing it");
        }
        Certificate next = new Certificate();
        next.code = Objects.requireNonNull(newCode, "newCode");
        next.accountId = accountId;
        next.holderName = requireName(currentName);
        next.courseId = courseId;
        next.courseVersionId = courseVersionId;
        next.courseTitle = courseTitle;
        next.courseVersionNumber = courseVersionNumber;
        next.themeNameNl = themeNameNl;
        next.themeNameEn = themeNameEn;
        next.studyHours = studyHours;
        next.language = language;
        next.completedOn = completedOn;
        next.expiresOn = expiresOn;
        next.issuedAt = now;
        next.source = source;
        next.enrolmentId = enrolmentId;
        next.bookingId = bookingId;
        next.issuedBy = administratorId;
        next.issueReason = why;
        next.status = CertificateStatus.VALID;
        next.currentKey = currentKey(accountId, courseId);
        return next;
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new BusinessRuleException("certificate.holder-without-name", "The holder has no name to print");
        }
        return name.strip();
    }

    /** The theme's name in the certificate's language (Dutch when there is no English one). */
    public Optional<String> themeName() {
        String name = "en".equals(language) && themeNameEn != null ? themeNameEn : themeNameNl;
        return Optional.ofNullable(name);
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public long accountId() {
        return accountId;
    }

    public long courseId() {
        return courseId;
    }

    public long courseVersionId() {
        return courseVersionId;
    }

    public String holderName() {
        return holderName;
    }

    public String courseTitle() {
        return courseTitle;
    }

    public int courseVersionNumber() {
        return courseVersionNumber;
    }

    public Optional<BigDecimal> studyHours() {
        return Optional.ofNullable(studyHours);
    }

    public String language() {
        return language;
    }

    public LocalDate completedOn() {
        return completedOn;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public Optional<LocalDate> expiresOn() {
        return Optional.ofNullable(expiresOn);
    }

    public CertificateSource source() {
        return source;
    }

    public Optional<Long> issuedBy() {
        return Optional.ofNullable(issuedBy);
    }

    public Optional<String> issueReason() {
        return Optional.ofNullable(issueReason);
    }

    public Optional<Long> supersededById() {
        return Optional.ofNullable(supersededBy);
    }

    public Optional<Instant> revokedAt() {
        return Optional.ofNullable(revokedAt);
    }

    public Optional<Long> revokedBy() {
        return Optional.ofNullable(revokedBy);
    }

    public Optional<String> revocationReason() {
        return Optional.ofNullable(revocationReason);
    }

    public Optional<String> currentKey() {
        return Optional.ofNullable(currentKey);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Certificate that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Certificate.class.hashCode();
    }
}
