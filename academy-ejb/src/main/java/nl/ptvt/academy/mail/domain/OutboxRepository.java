package nl.ptvt.academy.mail.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where the outbox is kept; the claim is what keeps two senders (two instances) from sending one mail twice. */
public interface OutboxRepository {

    /**
     * Stores the mail in the current transaction. A mail whose dedup key is already in the outbox (also one
     * that another transaction is storing at this moment) is not stored, and this answers false.
     */
    boolean add(OutboxMail mail);

    /**
     * Claims up to {@code limit} mails that are due at {@code now} and not claimed by another sender until
     * {@code until}, the oldest due first, and returns them with their attachments. A mail claimed by one
     * sender is never returned to another before the claim runs out.
     */
    List<OutboxMail> claimDue(String token, Instant now, Instant until, int limit);

    Optional<OutboxMail> findById(long id);
}
