package nl.ptvt.academy.identity.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.ptvt.academy.identity.Role;
import nl.ptvt.academy.shared.BusinessRuleException;

/**
 * A person's account. Everyone is a {@link Role#LEARNER}; other roles are granted. A deactivated account keeps
 * its history but can no longer sign in. The organisation is referred to by id (features meet by id).
 */
@Entity
@Table(name = "account")
@Cacheable(false)
public class Account {

    /**
     * The password hash of an invited account that has not been activated: no password hashes to it (a real
     * PBKDF2 hash looks different), so nobody can sign in with it.
     */
    public static final String NO_PASSWORD_YET = "!invited";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 150)
    private String name;

    @Column(name = "email", nullable = false, length = 254)
    private String email;

    @Column(name = "email_key", nullable = false, length = 254, unique = true)
    private String emailKey;

    @Column(name = "password_hash", nullable = false, length = 512)
    private String passwordHash;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "password_change_required", nullable = false)
    private boolean passwordChangeRequired;

    @Column(name = "organisation_id")
    private Long organisationId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role", nullable = false, length = 32)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.of(Role.LEARNER);

    @Embedded
    private LoginThrottle loginThrottle = LoginThrottle.clear();

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    protected Account() {
    }

    public Account(String name, EmailAddress email, String passwordHash, Instant registeredAt) {
        rename(name);
        this.email = email.address();
        this.emailKey = email.key();
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.registeredAt = Objects.requireNonNull(registeredAt);
        this.active = true;
    }

    /**
     * An account made for someone by a coordinator or administrator. It is inactive, named after its address and
     * has no password until the person activates it ({@link #activateInvitation}).
     */
    public static Account invited(EmailAddress email, Instant invitedAt) {
        Account account = new Account(email.address(), email, NO_PASSWORD_YET, invitedAt);
        account.active = false;
        return account;
    }

    /**
     * The invited person chose their name and password: from now on the account is like any other.
     *
     * @throws BusinessRuleException when the account was activated before (invitation.used)
     */
    public void activateInvitation(String chosenName, String chosenPasswordHash) {
        if (!isAwaitingActivation()) {
            throw new BusinessRuleException("invitation.used", "This account has been activated already");
        }
        rename(chosenName);
        changePasswordHash(chosenPasswordHash);
        reactivate();
    }

    public void rename(String newName) {
        if (newName == null || newName.isBlank()) {
            throw new IllegalArgumentException("A name is required");
        }
        this.name = newName.strip();
    }

    /** Replaces the roles; {@link Role#LEARNER} cannot be withdrawn, because everyone is a learner. */
    public void assignRoles(Set<Role> newRoles) {
        EnumSet<Role> assigned = newRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(newRoles);
        assigned.add(Role.LEARNER);
        roles.retainAll(assigned);
        roles.addAll(assigned);
    }

    public void grant(Role role) {
        roles.add(role);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean isActiveAdministrator() {
        return active && hasRole(Role.ADMIN);
    }

    public void placeInOrganisation(Long organisationId) {
        this.organisationId = organisationId;
    }

    public void deactivate() {
        this.active = false;
    }

    public void reactivate() {
        this.active = true;
        this.loginThrottle.recordSuccess();
    }

    public boolean canSignIn(Instant now) {
        return active && !loginThrottle.isLocked(now);
    }

    public Optional<Duration> remainingLock(Instant now) {
        return loginThrottle.remainingLock(now);
    }

    public void recordFailedLogin(Instant now) {
        loginThrottle.recordFailure(now);
    }

    public void recordSuccessfulLogin() {
        loginThrottle.recordSuccess();
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash);
        this.passwordChangeRequired = false;
    }

    /** For a generated one-time password: the holder must choose their own at the first login. */
    public void requirePasswordChange() {
        this.passwordChangeRequired = true;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public EmailAddress email() {
        return EmailAddress.of(email);
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean isActive() {
        return active;
    }

    /**
     * Made by an invitation and never activated: nobody ever chose a password for it. Such an account may be invited
     * again; a deactivated account, which had a password, may not.
     */
    public boolean isAwaitingActivation() {
        return !active && NO_PASSWORD_YET.equals(passwordHash);
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    public Optional<Long> organisationId() {
        return Optional.ofNullable(organisationId);
    }

    public Set<Role> roles() {
        return Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public int failedLogins() {
        return loginThrottle.failedLogins();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Account that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Account.class.hashCode();
    }
}
