package nl.ptvt.academy.identity.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import nl.ptvt.academy.shared.BusinessRuleException;

/**
 * An invitation to activate an account, accepted at most once and only within {@link #VALIDITY}, and only while no
 * newer invitation of the same account replaced it.
 */
@Entity
@Table(name = "account_invitation")
@Cacheable(false)
public class AccountInvitation {

    public static final Duration VALIDITY = Duration.ofDays(14);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "code_hash", nullable = false, length = 64, updatable = false)
    private String codeHash;

    @Column(name = "invited_by", updatable = false)
    private Long invitedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "replaced_at")
    private Instant replacedAt;

    protected AccountInvitation() {
    }

    public AccountInvitation(long accountId, String codeHash, Long invitedBy, Instant createdAt) {
        this.accountId = accountId;
        this.codeHash = Objects.requireNonNull(codeHash);
        this.invitedBy = invitedBy;
        this.createdAt = Objects.requireNonNull(createdAt);
        this.expiresAt = createdAt.plus(VALIDITY);
    }

    /** @throws BusinessRuleException when it was accepted before, replaced by a newer one or has expired */
    public void ensureOpen(Instant now) {
        if (acceptedAt != null) {
            throw new BusinessRuleException("invitation.used", "This invitation has already been used to activate the account");
        }
        if (replacedAt != null) {
            throw new BusinessRuleException("invitation.replaced",
                    "A newer invitation was sent for this account; use the link in the latest mail");
        }
        if (!now.isBefore(expiresAt)) {
            throw new BusinessRuleException("invitation.expired", "This invitation has expired; ask for a new one");
        }
    }

    public void accept(Instant now) {
        ensureOpen(now);
        acceptedAt = now;
    }

    /** A newer invitation of the account was sent: this one's link no longer works. An accepted one stays accepted. */
    public void replace(Instant now) {
        if (acceptedAt == null && replacedAt == null) {
            replacedAt = now;
        }
    }

    public Long id() {
        return id;
    }

    public long accountId() {
        return accountId;
    }

    public Optional<Long> invitedBy() {
        return Optional.ofNullable(invitedBy);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Optional<Instant> acceptedAt() {
        return Optional.ofNullable(acceptedAt);
    }

    public Optional<Instant> replacedAt() {
        return Optional.ofNullable(replacedAt);
    }
}
