package nl.ptvt.academy.certification.badge;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import java.text.ParseException;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.regex.Pattern;

/**
 * A private key that signs credentials, with the short id that names it in its URL ({@code /api/v1/keys/{id}}).
 * Only what 1EdTech's validator accepts: RSA of at least 2048 bits (RS256) or EC P-256 (ES256); EdDSA is refused.
 */
public record BadgeSigningKey(String id, JWK privateKey) {

    /** Signers by key, weakly held: a rotated-out key's signer goes with it. */
    private static final Map<JWK, JWSSigner> SIGNERS = Collections.synchronizedMap(new WeakHashMap<>());

    /** Ids travel in a URL path: keep them to the base64url alphabet. */
    static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,100}");

    public BadgeSigningKey {
        if (!ID.matcher(id).matches()) {
            throw new IllegalStateException("A badge signing key id may hold only letters, digits, '-' and '_': " + id);
        }
        if (!privateKey.isPrivate()) {
            throw new IllegalStateException("The badge signing key must be a private key");
        }
        algorithmOf(privateKey);
    }

    /** A private JWK in JSON; its id is its own {@code kid} when that fits a URL, else its RFC 7638 thumbprint. */
    public static BadgeSigningKey parse(String json) {
        JWK jwk;
        try {
            jwk = JWK.parse(json);
        } catch (ParseException e) {
            throw new IllegalStateException("The badge signing key is not a valid JWK", e);
        }
        return new BadgeSigningKey(idOf(jwk), jwk);
    }

    static String idOf(JWK jwk) {
        if (jwk.getKeyID() != null && ID.matcher(jwk.getKeyID()).matches()) {
            return jwk.getKeyID();
        }
        try {
            return jwk.computeThumbprint().toString();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot compute the thumbprint of the badge signing key", e);
        }
    }

    public JWSAlgorithm algorithm() {
        return algorithmOf(privateKey);
    }

    /**
     * The signer of this key. Made once per key and kept (Nimbus' signers are thread-safe): turning the JWK into a
     * Java private key took a sixth of a bulk export's time when done for every credential.
     */
    public JWSSigner signer() {
        return SIGNERS.computeIfAbsent(privateKey, key -> {
            try {
                return key instanceof RSAKey rsa ? new RSASSASigner(rsa) : new ECDSASigner((ECKey) key);
            } catch (JOSEException e) {
                throw new IllegalStateException("Cannot sign with the badge signing key " + id, e);
            }
        });
    }

    /** The public half only, as published. */
    public JWK publicKey() {
        return privateKey.toPublicJWK();
    }

    static JWSAlgorithm algorithmOf(JWK jwk) {
        if (jwk instanceof RSAKey rsa) {
            if (rsa.size() < 2048) {
                throw new IllegalStateException("An RSA badge signing key needs at least 2048 bits, this one has " + rsa.size());
            }
            requireDeclared(jwk, JWSAlgorithm.RS256);
            return JWSAlgorithm.RS256;
        }
        if (jwk instanceof ECKey ec && Curve.P_256.equals(ec.getCurve())) {
            requireDeclared(jwk, JWSAlgorithm.ES256);
            return JWSAlgorithm.ES256;
        }
        throw new IllegalStateException("The badge signing key must be RSA (RS256) or EC P-256 (ES256); Open Badges "
                + "validators refuse other algorithms, EdDSA included. This key is " + jwk.getKeyType()
                + (jwk instanceof ECKey ec ? " " + ec.getCurve() : ""));
    }

    private static void requireDeclared(JWK jwk, JWSAlgorithm expected) {
        if (jwk.getAlgorithm() != null && !expected.equals(jwk.getAlgorithm())) {
            throw new IllegalStateException("The badge signing key declares alg " + jwk.getAlgorithm() + "; only " + expected + " fits it");
        }
    }
}
