package nl.ptvt.academy.certification.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.ptvt.academy.catalogue.domain.Course;
import nl.ptvt.academy.catalogue.domain.CourseRepository;
import nl.ptvt.academy.certification.domain.Certificate;
import nl.ptvt.academy.certification.domain.CertificateRepository;
import nl.ptvt.academy.identity.domain.Account;
import nl.ptvt.academy.identity.domain.AccountRepository;
import nl.ptvt.academy.mail.application.MailOutbox;
import nl.ptvt.academy.shared.infrastructure.AcademySettings;

/**
 * One page of the renewal reminder run, in a transaction of its own: valid certificates that expire within
 * {@link Certificate#RENEWAL_WINDOW} and were not reminded yet. Each is marked by a conditional update before its mail
 * is queued, so two instances running at once remind each holder once (the outbox's dedup key backs that up).
 */
@Stateless
@PermitAll
public class RenewalReminderPass {

    @Inject
    CertificateRepository certificates;

    @Inject
    AccountRepository accounts;

    @Inject
    CourseRepository courses;

    @Inject
    MailOutbox outbox;

    @Inject
    AcademySettings settings;

    /** @param afterId 0 for the first page, then the {@link Result#lastId} of the one before */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Result remindPage(LocalDate today, Instant now, long afterId, int size) {
        List<Certificate> due = certificates.dueForRenewalReminder(today, today.plus(Certificate.RENEWAL_WINDOW), afterId, size);
        if (due.isEmpty()) {
            return new Result(0, 0, afterId);
        }
        Map<Long, Account> holders = accounts.findAllById(due.stream().map(Certificate::accountId).distinct().toList())
                .stream().collect(Collectors.toMap(Account::id, Function.identity()));
        int queued = 0;
        for (Certificate certificate : due) {
            Account holder = holders.get(certificate.accountId());
            if (holder == null || !holder.isActive() || !certificate.isRenewalReminderDue(today)
                    || !certificates.markRenewalReminded(certificate.id(), now)) {
                continue;
            }
            String coursePage = settings.baseUrl() + courses.findById(certificate.courseId()).map(Course::slug)
                    .map(slug -> "/cursus/" + slug).orElse("/catalogus");
            if (outbox.queue(RenewalReminderMail.compose(holder.email().address(), holder.name(), certificate.courseTitle(),
                    certificate.expiresOn().orElseThrow(), certificate.code(), coursePage))) {
                queued++;
            }
        }
        return new Result(due.size(), queued, due.get(due.size() - 1).id());
    }

    /**
     * @param due    the certificates on this page
     * @param queued the reminders queued now
     */
    public record Result(int due, int queued, long lastId) {
    }
}
