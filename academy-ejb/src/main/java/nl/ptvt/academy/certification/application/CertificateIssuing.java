package nl.ptvt.academy.certification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import nl.ptvt.academy.certification.domain.Certificate;
import nl.ptvt.academy.certification.domain.CertificateRepository;
import nl.ptvt.academy.certification.domain.CertifiedCourse;
import nl.ptvt.academy.certification.domain.IssueReason;
import nl.ptvt.academy.certification.domain.VerificationCode;
import nl.ptvt.academy.identity.domain.Account;
import nl.ptvt.academy.identity.domain.AccountRepository;
import nl.ptvt.academy.mail.application.MailOutbox;
import nl.ptvt.academy.shared.ResourceNotFoundException;
import nl.ptvt.academy.shared.infrastructure.AcademySettings;

/**
 * Issues, renews and reissues certificates inside the caller's transaction. The person's account row is locked first,
 * so two events for one person are issued one after the other; the unique key on {@code current_key} still guards
 * against anything that gets past that (then {@link CertificateRace}).
 */
@ApplicationScoped
public class CertificateIssuing {

    /** Dates on certificates are Dutch calendar dates. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    @Inject
    CertificateRepository certificates;

    @Inject
    AccountRepository accounts;

    @Inject
    MailOutbox outbox;

    @Inject
    AcademySettings settings;

    @Inject
    Clock clock;

    /**
     * What {@link Certificate#outcome} decides for this person and course: a first certificate, a renewal that
     * supersedes the current one, or nothing (empty). The holder is mailed about a new certificate.
     */
    public Optional<Certificate> issue(long accountId, CertifiedCourse course, Instant completedAt, IssueReason reason) {
        Account holder = accounts.findByIdForUpdate(accountId)
                .orElseThrow(() -> new ResourceNotFoundException("account.not-found", "No account " + accountId));
        Optional<Certificate> current = certificates.currentForUpdate(accountId, course.courseId());
        Instant now = clock.instant();
        Certificate.Outcome outcome = Certificate.outcome(current, course, reason, today());
        if (outcome == Certificate.Outcome.NOTHING) {
            return Optional.empty();
        }
        if (outcome == Certificate.Outcome.RENEW) {
            current.get().retire();
            certificates.flush();
        }
        Certificate issued = store(Certificate.issue(VerificationCode.generate(), accountId, holder.name(), course,
                LocalDate.ofInstant(completedAt, ZONE), reason, now));
        current.filter(old -> outcome == Certificate.Outcome.RENEW).ifPresent(old -> old.supersededBy(issued));
        mail(holder, issued);
        return Optional.of(issued);
    }

    /** A new certificate with the holder's current name; the old one is superseded. */
    public Certificate reissue(Certificate old, long administratorId, String reason) {
        Account holder = accounts.findByIdForUpdate(old.accountId()).orElseThrow();
        old.retire();
        certificates.flush();
        Certificate issued = store(old.reissued(VerificationCode.generate(), holder.name(), administratorId, reason,
                clock.instant()));
        old.supersededBy(issued);
        mail(holder, issued);
        return issued;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    private Certificate store(Certificate certificate) {
        try {
            return certificates.add(certificate);
        } catch (PersistenceException e) {
            // a parallel issue for the same person and course (or a deadlock between two such inserts)
            throw new CertificateRace(e);
        }
    }

    private void mail(Account holder, Certificate certificate) {
        outbox.queue(CertificateReadyMail.compose(holder.email().address(), holder.name(), certificate.courseTitle(),
                certificate.code(), settings.baseUrl() + "/mijn-certificaten"));
    }
}
