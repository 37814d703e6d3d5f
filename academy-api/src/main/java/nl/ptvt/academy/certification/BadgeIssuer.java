package nl.ptvt.academy.certification;

import java.util.Optional;

/**
 * What a verifier of the Academy's Open Badges 3.0 credentials fetches, without signing in: the public signing keys,
 * the issuer's profile and the revocation status list. Every answer is a JSON or JWT text as it goes over the wire,
 * because these are standard documents (RFC 7517 keys, a W3C status list credential) rather than Academy DTOs.
 */
public interface BadgeIssuer {

    /** The public key with this id as a bare JWK (its {@code kid} is the URL it is served at); empty when unknown. */
    Optional<String> publicKey(String keyId);

    /** {@code {"keys":[...]}}: every published public key, the current one and the former ones that still verify. */
    String publishedKeys();

    /** The issuer {@code Profile} that every credential names (id, name, url, email), as JSON-LD. */
    String issuerProfile();

    /**
     * The revocation status list with this number as a signed VC-JWT (a W3C {@code BitstringStatusListCredential});
     * empty when there is no such list. The Academy has one list, number 1, indexed by certificate id.
     */
    Optional<String> revocationStatusList(int number);
}
