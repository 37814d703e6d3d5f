package nl.ptvt.academy.mail.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.ptvt.academy.mail.domain.MailStatus;
import nl.ptvt.academy.mail.domain.OutboxMail;
import nl.ptvt.academy.mail.domain.OutboxRepository;
import nl.ptvt.academy.mail.domain.OutgoingMail;

/**
 * The outbox in the database. Two statements need SQL that JPA cannot express, both portable between MySQL/MariaDB
 * and H2 in MySQL mode:
 * <ul>
 * <li>a mail with a dedup key is stored with {@code INSERT IGNORE}: a duplicate key is skipped instead of failing
 * the caller's transaction, and on InnoDB an insert of the same key by a transaction still open waits for it;</li>
 * <li>the claim is a conditional {@code UPDATE} that takes only rows still unclaimed. InnoDB re-reads a row locked
 * by another sender's claim after that one commits, so two senders never claim the same row. This needs neither
 * {@code SELECT … FOR UPDATE SKIP LOCKED} (MariaDB 10.6+, MySQL 8) nor a lock held while mail is sent.</li>
 * </ul>
 */
@ApplicationScoped
public class JpaOutboxRepository implements OutboxRepository {

    private static final String DUE = "status = 'PENDING' AND next_attempt_at <= ?1 AND (claimed_until IS NULL OR claimed_until < ?1)";

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Override
    public boolean add(OutboxMail mail) {
        if (mail.dedupKey().isEmpty()) {
            em.persist(mail);
            return true;
        }
        OutgoingMail content = mail.content();
        int inserted = em.createNativeQuery("INSERT IGNORE INTO mail_outbox (version, recipient_address, recipient_name,"
                        + " subject, text_body, html_body, status, attempts, next_attempt_at, dedup_key, created_at)"
                        + " VALUES (0, ?1, ?2, ?3, ?4, ?5, ?6, 0, ?7, ?8, ?9)")
                .setParameter(1, content.recipientAddress())
                .setParameter(2, content.recipientName())
                .setParameter(3, content.subject())
                .setParameter(4, content.text())
                .setParameter(5, content.html())
                .setParameter(6, MailStatus.PENDING.name())
                .setParameter(7, utc(mail.nextAttemptAt()))
                .setParameter(8, content.dedupKey())
                .setParameter(9, utc(mail.createdAt()))
                .executeUpdate();
        if (inserted == 0) {
            return false;
        }
        Number id = (Number) em.createNativeQuery("SELECT id FROM mail_outbox WHERE dedup_key = ?1")
                .setParameter(1, content.dedupKey()).getSingleResult();
        List<OutgoingMail.Attachment> attachments = content.attachments();
        for (int position = 0; position < attachments.size(); position++) {
            OutgoingMail.Attachment attachment = attachments.get(position);
            em.createNativeQuery("INSERT INTO mail_attachment (mail_id, position, file_name, content_type, content)"
                            + " VALUES (?1, ?2, ?3, ?4, ?5)")
                    .setParameter(1, id.longValue())
                    .setParameter(2, position)
                    .setParameter(3, attachment.fileName())
                    .setParameter(4, attachment.contentType())
                    .setParameter(5, attachment.content())
                    .executeUpdate();
        }
        return true;
    }

    @Override
    public List<OutboxMail> claimDue(String token, Instant now, Instant until, int limit) {
        @SuppressWarnings("unchecked")
        List<Number> candidates = em.createNativeQuery("SELECT id FROM mail_outbox WHERE " + DUE
                        + " ORDER BY next_attempt_at, id LIMIT " + Math.max(1, limit))
                .setParameter(1, utc(now)).getResultList();
        if (candidates.isEmpty()) {
            return List.of();
        }
        // Ids read from the table itself, so writing them into the statement is safe.
        String ids = candidates.stream().map(id -> Long.toString(id.longValue())).collect(Collectors.joining(","));
        Query claim = em.createNativeQuery("UPDATE mail_outbox SET claim_token = ?2, claimed_until = ?3, version = version + 1"
                + " WHERE id IN (" + ids + ") AND " + DUE);
        int claimed = claim.setParameter(1, utc(now)).setParameter(2, token).setParameter(3, utc(until)).executeUpdate();
        if (claimed == 0) {
            return List.of();
        }
        // Refreshed: the bulk UPDATE went around mails this persistence context may hold already.
        return em.createQuery("SELECT m FROM OutboxMail m WHERE m.claimToken = :token AND m.id IN :ids ORDER BY m.nextAttemptAt, m.id", OutboxMail.class)
                .setParameter("token", token)
                .setParameter("ids", candidates.stream().map(Number::longValue).toList())
                .setHint("eclipselink.refresh", "true")
                .getResultList();
    }

    @Override
    public Optional<OutboxMail> findById(long id) {
        return Optional.ofNullable(em.find(OutboxMail.class, id));
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
