package nl.ptvt.academy.mail.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import nl.ptvt.academy.mail.domain.OutboxMail;
import nl.ptvt.academy.mail.domain.OutboxRepository;
import nl.ptvt.academy.mail.domain.OutgoingMail;

/**
 * The one way a feature sends mail. Call {@link #queue(OutgoingMail)} from your own service, inside the
 * transaction of the business change it is about: the mail is stored with that change and disappears with its
 * rollback, and a booking never fails because the mail server is down.
 *
 * <p>What happens next is not the caller's concern: a sender on every instance delivers queued mail within
 * seconds ({@code ACADEMY_MAIL_SEND_INTERVAL_SECONDS}), by SMTP or into the mail folder, each mail once even
 * with several instances; a failed attempt is retried with a doubling wait, and after ten attempts the mail is
 * marked FAILED with its last error. Nothing is sent before the transaction commits.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class MailOutbox {

    @Inject
    OutboxRepository outbox;

    @Inject
    Clock clock;

    /**
     * Stores the mail for sending after the current transaction commits.
     *
     * <p>A mail with a {@linkplain OutgoingMail.Builder#dedupKey dedup key} is stored only once for ever: when a
     * mail with the same key was queued before (also by another instance, also in a transaction that is still
     * open), this call does nothing and answers false. Use it for jobs that may run twice, e.g.
     * {@code "session-reminder:booking-42"}.
     *
     * @return true when the mail was stored, false when its dedup key was already queued
     * @throws jakarta.ejb.EJBTransactionRequiredException when called without a transaction
     */
    public boolean queue(OutgoingMail mail) {
        return outbox.add(OutboxMail.queued(mail, clock.instant()));
    }
}
