package nl.ptvt.academy.certification.badge;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.ptvt.academy.shared.infrastructure.AcademySettings;
import org.eclipse.microprofile.config.Config;

/**
 * The key that signs credentials and the public keys verifiers may fetch. The signing key comes from
 * {@code ACADEMY_BADGE_SIGNING_KEY} (a private JWK in JSON) or is generated once into the data folder; it is never the
 * API token key, so the two can be rotated apart. Its public half is recorded in the data folder on start, before it
 * signs anything ({@link BadgeKeyFolder}). The published keys are read from the folder on every request, so a key an
 * instance in the cluster started with shows up on the others at once.
 */
@ApplicationScoped
public class BadgeKeys {

    @Inject
    AcademySettings settings;

    @Inject
    Config config;

    private BadgeKeyFolder folder;
    private BadgeSigningKey signingKey;

    @PostConstruct
    void load() {
        folder = new BadgeKeyFolder(settings.dataFolder().resolve("keys").resolve("badge"));
        signingKey = config.getOptionalValue("academy.badge.signing.key", String.class)
                .filter(json -> !json.isBlank())
                .map(BadgeSigningKey::parse)
                .orElseGet(folder::loadOrGenerate);
        folder.publish(signingKey);
    }

    /** Loads the key as the application starts: a wrong ACADEMY_BADGE_SIGNING_KEY stops the deployment, not a download. */
    void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        signingKey();
    }

    public BadgeSigningKey signingKey() {
        return signingKey;
    }

    /** Every published public key by id, the signing key first; each JWK's {@code kid} is its URL. */
    public Map<String, JWK> published(BadgeIssuerProfile issuer) {
        Map<String, JWK> keys = new LinkedHashMap<>();
        keys.put(signingKey.id(), named(signingKey.publicKey(), issuer.keyUrl(signingKey.id())));
        for (BadgeKeyFolder.PublishedKey key : folder.published()) {
            keys.putIfAbsent(key.id(), named(key.publicKey(), issuer.keyUrl(key.id())));
        }
        return keys;
    }

    public Optional<JWK> published(BadgeIssuerProfile issuer, String id) {
        return Optional.ofNullable(published(issuer).get(id));
    }

    public JWKSet publishedSet(BadgeIssuerProfile issuer) {
        return new JWKSet(List.copyOf(published(issuer).values()));
    }

    /** The public key as served: its {@code kid} is the URL it is served at, the same text the JWS header carries. */
    static JWK named(JWK publicKey, String keyUrl) {
        Map<String, Object> json = new LinkedHashMap<>(publicKey.toJSONObject());
        json.put("kid", keyUrl);
        try {
            return JWK.parse(json);
        } catch (java.text.ParseException e) {
            throw new IllegalStateException("Cannot name the published key " + keyUrl, e);
        }
    }
}
