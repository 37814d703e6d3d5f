package nl.ptvt.academy.identity.infrastructure;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;
import nl.ptvt.academy.identity.Role;
import nl.ptvt.academy.identity.domain.Account;
import nl.ptvt.academy.identity.domain.AccountRepository;
import nl.ptvt.academy.identity.domain.EmailAddress;
import nl.ptvt.academy.shared.infrastructure.AcademySettings;
import nl.ptvt.academy.shared.infrastructure.SchemaReady;

/**
 * Makes sure a fresh Academy has an administrator. With {@code ACADEMY_ADMIN_EMAIL} and
 * {@code ACADEMY_ADMIN_PASSWORD} set, that account is created; otherwise a one-time password is generated,
 * printed once in the log, and must be changed at the first login.
 */
@ApplicationScoped
public class AdministratorBootstrap {

    static final String DEFAULT_ADMIN_EMAIL = "admin@academy.local";
    private static final Logger LOG = Logger.getLogger(AdministratorBootstrap.class.getName());
    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    AcademySettings settings;

    @Inject
    Clock clock;

    private String administratorEmail;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void ensureAdministrator(@Observes @Priority(100) SchemaReady schema) {
        EmailAddress email = EmailAddress.of(settings.adminEmail().orElse(DEFAULT_ADMIN_EMAIL));
        administratorEmail = email.address();
        if (accounts.anyAdministrator()) {
            return;
        }
        Optional<Account> existing = accounts.findByEmail(email);
        if (existing.isPresent()) {
            existing.get().grant(Role.ADMIN);
            LOG.info(() -> "Made the existing account " + email + " administrator");
            return;
        }
        Optional<String> configured = settings.adminPassword();
        String password = configured.orElseGet(AdministratorBootstrap::oneTimePassword);
        Account administrator = new Account("Beheerder", email, hasher.hash(password), clock.instant());
        administrator.grant(Role.ADMIN);
        if (configured.isEmpty()) {
            administrator.requirePasswordChange();
        }
        accounts.add(administrator);
        if (configured.isEmpty()) {
            LOG.warning(() -> "\n\n  First administrator created: " + email + "\n  One-time password: " + password
                    + "\n  (shown only now; you choose a new password at the first login)\n");
        } else {
            LOG.info(() -> "First administrator created: " + email + " (password from ACADEMY_ADMIN_PASSWORD)");
        }
    }

    public String administratorEmail() {
        return administratorEmail;
    }

    static String oneTimePassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }
}
