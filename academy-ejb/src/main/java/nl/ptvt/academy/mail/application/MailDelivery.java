package nl.ptvt.academy.mail.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.ptvt.academy.mail.domain.OutboxMail;
import nl.ptvt.academy.mail.domain.OutboxRepository;
import nl.ptvt.academy.mail.domain.RetrySchedule;

/**
 * The sender's short transactions, each committed at once: claiming due mail, and recording what happened to
 * one mail. Sending itself happens between them, outside any transaction, so no row stays locked while an SMTP
 * server is slow.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class MailDelivery {

    /** Long enough for a batch even when every mail of it runs into the SMTP time-outs. */
    static final Duration CLAIM = Duration.ofMinutes(10);

    @Inject
    OutboxRepository outbox;

    @Inject
    Clock clock;

    public List<ClaimedMail> claimDue(int limit) {
        Instant now = clock.instant();
        String token = UUID.randomUUID().toString();
        return outbox.claimDue(token, now, now.plus(CLAIM), limit).stream()
                .map(mail -> new ClaimedMail(mail.id(), token, mail.attempts(), mail.content()))
                .toList();
    }

    public void recordSent(ClaimedMail claimed) {
        claimedMail(claimed).ifPresent(mail -> mail.delivered(clock.instant()));
    }

    /** @return the mail after the failure, or empty when this sender no longer held its claim */
    public Optional<OutboxMail> recordFailure(ClaimedMail claimed, String error, boolean permanent, RetrySchedule schedule) {
        Optional<OutboxMail> mail = claimedMail(claimed);
        mail.ifPresent(failed -> {
            if (permanent) {
                failed.undeliverable(error);
            } else {
                failed.deliveryFailed(error, clock.instant(), schedule);
            }
        });
        return mail;
    }

    private Optional<OutboxMail> claimedMail(ClaimedMail claimed) {
        return outbox.findById(claimed.id()).filter(mail -> mail.isClaimedBy(claimed.claimToken()));
    }
}
