package nl.ptvt.academy.certification.badge;

import com.nimbusds.jose.util.JSONObjectUtils;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import nl.ptvt.academy.certification.BadgeIssuer;
import nl.ptvt.academy.certification.CertificateDocument;
import nl.ptvt.academy.certification.OpenBadgeCredentials;
import nl.ptvt.academy.mail.infrastructure.MailSettings;
import nl.ptvt.academy.shared.infrastructure.AcademySettings;

/**
 * The Academy as an Open Badges issuer: signs credentials and serves what verifiers fetch. Public by nature: the keys,
 * the profile and the status list are for anyone; a credential is only made from a document the caller already holds.
 */
@Stateless
@Local({BadgeIssuer.class, OpenBadgeCredentials.class})
@PermitAll
public class OpenBadgesService implements BadgeIssuer, OpenBadgeCredentials {

    static final String ISSUER_NAME = "PTvT Academy";

    @Inject
    BadgeKeys keys;

    @Inject
    AcademySettings settings;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Override
    public String signedCredential(CertificateDocument document) {
        return OpenBadgeCredential.signed(document, issuer(), keys.signingKey());
    }

    @Override
    public Optional<String> publicKey(String keyId) {
        return keys.published(issuer(), keyId).map(key -> key.toJSONString());
    }

    @Override
    public String publishedKeys() {
        return keys.publishedSet(issuer()).toString(true);
    }

    @Override
    public String issuerProfile() {
        return JSONObjectUtils.toJSONString(issuer().profileDocument());
    }

    @Override
    public Optional<String> revocationStatusList(int number) {
        if (number != OpenBadgeCredential.STATUS_LIST) {
            return Optional.empty();
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        return Optional.of(StatusListCredential.signed(issuer(), number, revokedCertificateIds(), now, keys.signingKey()));
    }

    /** Read straight from the table (V13), so this feature needs nothing of the certificate's entity. */
    private List<Long> revokedCertificateIds() {
        List<?> ids = em.createNativeQuery("SELECT id FROM certificate WHERE status = 'REVOKED'").getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    private BadgeIssuerProfile issuer() {
        return new BadgeIssuerProfile(settings.baseUrl(), ISSUER_NAME, address(settings.mail().from()));
    }

    /** {@code PTvT Academy <academy@ptvt.nl>} → {@code academy@ptvt.nl}. */
    static String address(String mailbox) {
        int open = mailbox.lastIndexOf('<');
        int close = mailbox.lastIndexOf('>');
        return open >= 0 && close > open ? mailbox.substring(open + 1, close).strip() : mailbox.strip();
    }
}
