package nl.ptvt.academy.identity.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import nl.ptvt.academy.identity.domain.Account;

/**
 * Jakarta Security's PBKDF2 hash with today's strength: HMAC-SHA512, 210,000 iterations, a 32-byte random salt
 * (OWASP's advice for PBKDF2). The stored form carries its own parameters, so raising them later keeps
 * existing passwords working.
 */
@ApplicationScoped
public class PasswordHasher {

    static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32");

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    /** Compared against when there is no account, so that a wrong address takes as long as a wrong password. */
    private String decoy;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(PARAMETERS);
        decoy = pbkdf2.generate("decoy-password-for-unknown-accounts".toCharArray());
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean verify(String password, String storedHash) {
        if (storedHash.equals(Account.NO_PASSWORD_YET)) {
            verifyDecoy(password);
            return false;
        }
        return pbkdf2.verify(password.toCharArray(), storedHash);
    }

    /** Spends the same time as a real check and always fails. */
    public void verifyDecoy(String password) {
        pbkdf2.verify(password.toCharArray(), decoy);
    }
}
