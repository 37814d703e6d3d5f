package nl.ptvt.academy.identity.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.ptvt.academy.identity.domain.Account;
import nl.ptvt.academy.identity.domain.AccountRepository;
import nl.ptvt.academy.identity.domain.EmailAddress;
import nl.ptvt.academy.identity.infrastructure.PasswordHasher;

/**
 * Checks an e-mail address and password, for the login page and the token endpoint alike, and keeps the
 * login throttle. Runs in a transaction of its own so that a failure is counted even when the caller's
 * transaction rolls back.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class Authenticator {

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    Clock clock;

    public AuthenticationOutcome authenticate(String email, String password) {
        if (password == null) {
            return new AuthenticationOutcome.Rejected();
        }
        Optional<Long> accountId = address(email).flatMap(accounts::findByEmail).map(Account::id);
        if (accountId.isEmpty()) {
            hasher.verifyDecoy(password);
            return new AuthenticationOutcome.Rejected();
        }
        // Locked, so that parallel attempts at one account are counted one after the other.
        Account account = accounts.findByIdForUpdate(accountId.get()).orElseThrow();
        Instant now = clock.instant();
        if (!account.isActive()) {
            hasher.verifyDecoy(password);
            return new AuthenticationOutcome.Rejected();
        }
        var lock = account.remainingLock(now);
        if (lock.isPresent()) {
            return new AuthenticationOutcome.Throttled(lock.get());
        }
        if (!hasher.verify(password, account.passwordHash())) {
            account.recordFailedLogin(now);
            return new AuthenticationOutcome.Rejected();
        }
        account.recordSuccessfulLogin();
        return new AuthenticationOutcome.Authenticated(account.id(), groupsOf(account));
    }

    static java.util.Set<String> groupsOf(Account account) {
        return account.roles().stream().map(Enum::name).collect(Collectors.toUnmodifiableSet());
    }

    private static Optional<EmailAddress> address(String email) {
        try {
            return Optional.of(EmailAddress.of(email));
        } catch (IllegalArgumentException notAnAddress) {
            return Optional.empty();
        }
    }
}
