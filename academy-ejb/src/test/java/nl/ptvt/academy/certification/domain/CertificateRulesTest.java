package nl.ptvt.academy.certification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import nl.ptvt.academy.certification.CertificateSource;
import nl.ptvt.academy.certification.CertificateStatus;
import nl.ptvt.academy.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;

/** Issuing, uniqueness, expiry, renewal, revocation and reissue of certificates. */
class CertificateRulesTest {

    private static final long PERSON = 7;
    private static final long ADMIN = 1;
    private static final LocalDate COMPLETED = LocalDate.of(2026, 3, 31);
    private static final Instant ISSUED = Instant.parse("2026-03-31T10:00:00Z");

    private static CertifiedCourse course(boolean certificate, Integer validityMonths, boolean current) {
        return new CertifiedCourse(42, 420, "Techniekcoach basis", 3, "Techniekcoach", "Technology coach",
                new BigDecimal("12.5"), "nl", certificate, validityMonths, current);
    }

    private static Certificate issued(Integer validityMonths) {
        return Certificate.issue(VerificationCode.generate(), PERSON, "Jan de Vries", course(true, validityMonths, true),
                COMPLETED, IssueReason.completion(99), ISSUED);
    }

    @Test
    void aCompletionOfACourseWithACertificateIssuesOne() {
        assertEquals(Certificate.Outcome.ISSUE,
                Certificate.outcome(Optional.empty(), course(true, null, true), IssueReason.completion(1), COMPLETED));
    }

    @Test
    void aCourseWithoutACertificateIssuesNothingAutomaticallyButAnAdministratorMay() {
        CertifiedCourse withoutCertificate = course(false, null, true);
        assertEquals(Certificate.Outcome.NOTHING,
                Certificate.outcome(Optional.empty(), withoutCertificate, IssueReason.completion(1), COMPLETED));
        assertEquals(Certificate.Outcome.NOTHING,
                Certificate.outcome(Optional.empty(), withoutCertificate, IssueReason.attendance(5), COMPLETED));
        assertEquals(Certificate.Outcome.ISSUE,
                Certificate.outcome(Optional.empty(), withoutCertificate, IssueReason.manual(ADMIN, "Diploma elders"), COMPLETED));
    }

    @Test
    void aSecondCompletionWhileTheCertificateStandsIssuesNothing() {
        Certificate current = issued(null);
        assertEquals(Certificate.Outcome.NOTHING,
                Certificate.outcome(Optional.of(current), course(true, null, true), IssueReason.completion(2), COMPLETED.plusYears(3)));
        Certificate expiring = issued(24);
        assertEquals(Certificate.Outcome.NOTHING, Certificate.outcome(Optional.of(expiring), course(true, 24, true),
                IssueReason.completion(2), COMPLETED.plusMonths(1)));
        assertEquals(Certificate.Outcome.NOTHING, Certificate.outcome(Optional.of(expiring), course(true, 24, true),
                IssueReason.manual(ADMIN, "nogmaals"), COMPLETED.plusMonths(1)));
    }

    @Test
    void theValidCertificateCarriesTheKeyThatMakesItUniquePerPersonAndCourse() {
        Certificate certificate = issued(null);
        assertEquals(Optional.of("7:42"), certificate.currentKey());
        assertEquals(CertificateStatus.VALID, certificate.statusOn(COMPLETED));
        assertEquals(CertificateSource.COMPLETION, certificate.source());
        assertEquals("Jan de Vries", certificate.holderName());
        assertEquals(3, certificate.courseVersionNumber());
        assertEquals(Optional.of("Techniekcoach"), certificate.themeName());
    }

    @Test
    void expiryIsTheCompletionDatePlusTheValidityAndExpiredIsComputedAfterIt() {
        Certificate certificate = issued(24);
        assertEquals(Optional.of(LocalDate.of(2028, 3, 31)), certificate.expiresOn());
        assertEquals(CertificateStatus.VALID, certificate.statusOn(LocalDate.of(2028, 3, 31)));
        assertEquals(CertificateStatus.EXPIRED, certificate.statusOn(LocalDate.of(2028, 4, 1)));
        assertEquals(Optional.empty(), issued(null).expiresOn());
        assertEquals(CertificateStatus.VALID, issued(null).statusOn(LocalDate.of(2099, 1, 1)));
        // the last day of a shorter month
        Certificate august = Certificate.issue("x", PERSON, "Jan", course(true, 6, true), LocalDate.of(2026, 8, 31),
                IssueReason.completion(1), ISSUED);
        assertEquals(Optional.of(LocalDate.of(2027, 2, 28)), august.expiresOn());
    }

    @Test
    void theCurrentVersionCompletedAgainRenewsWithinTheWindowOrAfterExpiry() {
        Certificate certificate = issued(12);
        LocalDate expiry = certificate.expiresOn().orElseThrow();
        LocalDate windowOpens = expiry.minus(Certificate.RENEWAL_WINDOW);
        assertFalse(certificate.isRenewableOn(windowOpens.minusDays(1)));
        assertTrue(certificate.isRenewableOn(windowOpens));
        assertTrue(certificate.isRenewableOn(expiry.plusYears(1)));
        assertEquals(Certificate.Outcome.RENEW, Certificate.outcome(Optional.of(certificate), course(true, 12, true),
                IssueReason.completion(3), windowOpens));
        // an older version completed again does not renew
        assertEquals(Certificate.Outcome.NOTHING, Certificate.outcome(Optional.of(certificate), course(true, 12, false),
                IssueReason.completion(3), expiry.plusDays(1)));
    }

    @Test
    void renewalRetiresTheOldCertificateWhichThenNamesItsSuccessor() throws Exception {
        Certificate old = issued(12);
        old.retire();
        assertEquals(CertificateStatus.SUPERSEDED, old.statusOn(COMPLETED));
        assertEquals(Optional.empty(), old.currentKey());
        Certificate renewed = Certificate.issue(VerificationCode.generate(), PERSON, "Jan de Vries", course(true, 12, true),
                COMPLETED.plusYears(1), IssueReason.completion(4), ISSUED.plusSeconds(86_400 * 365L));
        assertThrows(NullPointerException.class, () -> old.supersededBy(renewed), "the successor must be stored first");
        setId(renewed, 77L);
        old.supersededBy(renewed);
        assertEquals(Optional.of(77L), old.supersededById());
        assertEquals(Optional.of("7:42"), renewed.currentKey());
        assertEquals(Optional.of(LocalDate.of(2028, 3, 31)), renewed.expiresOn());
        assertThrows(BusinessRuleException.class, old::retire, "a superseded certificate is not renewed twice");
    }

    @Test
    void theRenewalReminderIsDueOnceTheWindowOpensUntilTheExpiryDate() {
        Certificate certificate = issued(12);
        LocalDate expiry = certificate.expiresOn().orElseThrow();
        assertFalse(certificate.isRenewalReminderDue(expiry.minus(Certificate.RENEWAL_WINDOW).minusDays(1)));
        assertTrue(certificate.isRenewalReminderDue(expiry.minus(Certificate.RENEWAL_WINDOW)));
        assertTrue(certificate.isRenewalReminderDue(expiry));
        assertFalse(certificate.isRenewalReminderDue(expiry.plusDays(1)), "expired: too late to remind");
        assertFalse(issued(null).isRenewalReminderDue(COMPLETED.plusYears(5)), "no expiry, no reminder");
        certificate.revoke(ADMIN, "reden", ISSUED);
        assertFalse(certificate.isRenewalReminderDue(expiry), "a revoked certificate is not renewed");
    }

    @Test
    void revocationNeedsAReasonAndIsKeptForAudit() {
        Certificate certificate = issued(null);
        BusinessRuleException withoutReason = assertThrows(BusinessRuleException.class,
                () -> certificate.revoke(ADMIN, "  ", ISSUED));
        assertEquals("certificate.reason-required", withoutReason.code());
        assertEquals(CertificateStatus.VALID, certificate.statusOn(COMPLETED));

        Instant revokedAt = ISSUED.plusSeconds(3600);
        certificate.revoke(ADMIN, " Fraude bij de toets ", revokedAt);
        assertEquals(CertificateStatus.REVOKED, certificate.statusOn(COMPLETED));
        assertEquals(Optional.of("Fraude bij de toets"), certificate.revocationReason());
        assertEquals(Optional.of(ADMIN), certificate.revokedBy());
        assertEquals(Optional.of(revokedAt), certificate.revokedAt());
        assertEquals(Optional.empty(), certificate.currentKey(), "a new certificate may be issued later");

        certificate.revoke(2, "again", revokedAt.plusSeconds(5));
        assertEquals(Optional.of(ADMIN), certificate.revokedBy(), "revoking twice keeps the first audit record");
        assertEquals(Optional.of("Fraude bij de toets"), certificate.revocationReason());
    }

    @Test
    void anExpiredRevokedCertificateStaysRevoked() {
        Certificate certificate = issued(1);
        certificate.revoke(ADMIN, "vergissing", ISSUED);
        assertEquals(CertificateStatus.REVOKED, certificate.statusOn(COMPLETED.plusYears(2)));
    }

    @Test
    void aSupersededCertificateIsNotRevoked() {
        Certificate old = issued(12);
        old.retire();
        assertEquals("certificate.superseded",
                assertThrows(BusinessRuleException.class, () -> old.revoke(ADMIN, "reden", ISSUED)).code());
    }

    @Test
    void aManualIssueNeedsAReason() {
        assertEquals("certificate.reason-required",
                assertThrows(BusinessRuleException.class, () -> IssueReason.manual(ADMIN, null)).code());
        assertThrows(BusinessRuleException.class, () -> IssueReason.manual(ADMIN, "x".repeat(501)));
        IssueReason manual = IssueReason.manual(ADMIN, "Certificaat op papier verloren");
        Certificate certificate = Certificate.issue("c", PERSON, "Jan", course(false, null, true), COMPLETED, manual, ISSUED);
        assertEquals(CertificateSource.MANUAL, certificate.source());
        assertEquals(Optional.of(ADMIN), certificate.issuedBy());
        assertEquals(Optional.of("Certificaat op papier verloren"), certificate.issueReason());
    }

    @Test
    void aReissueSaysTheSameWithTheCurrentNameAndANewCode() throws Exception {
        Certificate old = issued(24);
        setId(old, 5L);
        old.retire();
        Instant now = ISSUED.plusSeconds(999);
        Certificate next = old.reissued("newcode", "Jan Jansen-de Vries", ADMIN, "Naamswijziging", now);
        assertEquals("Jan Jansen-de Vries", next.holderName());
        assertEquals("newcode", next.code());
        assertEquals(old.completedOn(), next.completedOn());
        assertEquals(old.expiresOn(), next.expiresOn());
        assertEquals(old.courseTitle(), next.courseTitle());
        assertEquals(CertificateSource.COMPLETION, next.source());
        assertEquals(Optional.of(ADMIN), next.issuedBy());
        assertEquals(Optional.of("Naamswijziging"), next.issueReason());
        assertEquals(now, next.issuedAt());
        assertEquals(Optional.of("7:42"), next.currentKey());
        assertEquals("certificate.reason-required",
                assertThrows(BusinessRuleException.class, () -> old.reissued("c2", "Jan", ADMIN, "", now)).code());
        assertThrows(IllegalStateException.class, () -> issued(null).reissued("c3", "Jan", ADMIN, "reden", now),
                "a valid certificate is retired before it is reissued");
    }

    @Test
    void englishCoursesGiveEnglishCertificates() {
        CertifiedCourse english = new CertifiedCourse(1, 2, "STEM mentality", 1, "Techniekcoach", "Technology coach", null,
                "EN", true, null, true);
        Certificate certificate = Certificate.issue("c", PERSON, "Jan", english, COMPLETED, IssueReason.attendance(3), ISSUED);
        assertEquals("en", certificate.language());
        assertEquals(Optional.of("Technology coach"), certificate.themeName());
        assertEquals(Optional.empty(), certificate.studyHours());
    }

    @Test
    void aHolderNeedsAName() {
        assertEquals("certificate.holder-without-name", assertThrows(BusinessRuleException.class,
                () -> Certificate.issue("c", PERSON, " ", course(true, null, true), COMPLETED, IssueReason.completion(1), ISSUED)).code());
    }

    private static void setId(Certificate certificate, long id) throws Exception {
        Field field = Certificate.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(certificate, id);
    }
}
