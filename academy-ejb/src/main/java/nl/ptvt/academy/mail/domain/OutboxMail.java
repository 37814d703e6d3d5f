package nl.ptvt.academy.mail.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A mail in the outbox, from queueing until it is sent or given up. Senders on several instances share the
 * table: a sender first claims a mail for a while ({@code claim_token}, {@code claimed_until}, set by the
 * repository), and only the holder of the claim records the outcome.
 */
@Entity
@Table(name = "mail_outbox")
@Cacheable(false)
public class OutboxMail {

    static final int MAX_ERROR_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "recipient_address", nullable = false, length = OutgoingMail.MAX_ADDRESS_LENGTH, updatable = false)
    private String recipientAddress;

    @Column(name = "recipient_name", length = OutgoingMail.MAX_NAME_LENGTH, updatable = false)
    private String recipientName;

    @Column(nullable = false, length = OutgoingMail.MAX_SUBJECT_LENGTH, updatable = false)
    private String subject;

    @Lob
    @Column(name = "text_body", nullable = false, updatable = false)
    private String textBody;

    @Lob
    @Column(name = "html_body", updatable = false)
    private String htmlBody;

    @ElementCollection
    @CollectionTable(name = "mail_attachment", joinColumns = @JoinColumn(name = "mail_id"))
    @OrderColumn(name = "position")
    private List<OutboxAttachment> attachments = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private MailStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = MAX_ERROR_LENGTH)
    private String lastError;

    @Column(name = "dedup_key", length = OutgoingMail.MAX_DEDUP_KEY_LENGTH, updatable = false)
    private String dedupKey;

    @Column(name = "claim_token", length = 36)
    private String claimToken;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected OutboxMail() {
    }

    /** A mail waiting for its first attempt, due at once. */
    public static OutboxMail queued(OutgoingMail mail, Instant now) {
        OutboxMail queued = new OutboxMail();
        queued.recipientAddress = mail.recipientAddress();
        queued.recipientName = mail.recipientName();
        queued.subject = mail.subject();
        queued.textBody = mail.text();
        queued.htmlBody = mail.html();
        mail.attachments().forEach(attachment -> queued.attachments.add(new OutboxAttachment(attachment)));
        queued.dedupKey = mail.dedupKey();
        queued.status = MailStatus.PENDING;
        queued.nextAttemptAt = Objects.requireNonNull(now);
        queued.createdAt = now;
        return queued;
    }

    /** The mail as it was queued, to be sent. */
    public OutgoingMail content() {
        return new OutgoingMail(recipientAddress, recipientName, subject, textBody, htmlBody,
                attachments.stream().map(OutboxAttachment::toAttachment).toList(), dedupKey);
    }

    public boolean isClaimedBy(String token) {
        return status == MailStatus.PENDING && token != null && token.equals(claimToken);
    }

    public void delivered(Instant now) {
        attempts++;
        status = MailStatus.SENT;
        sentAt = now;
        releaseClaim();
    }

    /** Another attempt later, following the schedule, or {@link MailStatus#FAILED} once it is used up. */
    public void deliveryFailed(String error, Instant now, RetrySchedule schedule) {
        attempts++;
        lastError = truncated(error);
        Optional<Instant> next = schedule.nextAttempt(attempts, now);
        if (next.isPresent()) {
            nextAttemptAt = next.get();
        } else {
            status = MailStatus.FAILED;
        }
        releaseClaim();
    }

    /** A mail that no attempt can ever send (such as a malformed address) is given up at once. */
    public void undeliverable(String error) {
        attempts++;
        lastError = truncated(error);
        status = MailStatus.FAILED;
        releaseClaim();
    }

    private void releaseClaim() {
        claimToken = null;
        claimedUntil = null;
    }

    static String truncated(String error) {
        String text = error == null || error.isBlank() ? "unknown error" : error.strip();
        return text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH - 1) + "…";
    }

    public Long id() {
        return id;
    }

    public String recipientAddress() {
        return recipientAddress;
    }

    public String subject() {
        return subject;
    }

    public MailStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }

    public Optional<String> dedupKey() {
        return Optional.ofNullable(dedupKey);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> sentAt() {
        return Optional.ofNullable(sentAt);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OutboxMail that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return OutboxMail.class.hashCode();
    }
}
