package nl.ptvt.academy.certification.badge;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

/**
 * A credential signed as a VC-JWT: the credential is the whole payload (no {@code vc} wrapper, as VC 2.0 and OB 3.0
 * want), followed by the registered claims that repeat it: {@code iss} = issuer id, {@code jti} = credential id,
 * {@code sub} = credentialSubject.id, {@code nbf} = validFrom and {@code exp} = validUntil. The header names the key by
 * the URL that serves it.
 */
final class VcJwt {

    /** OB 3.0 asks for {@code typ: JWT} on its credentials. */
    static final JOSEObjectType OPEN_BADGE = JOSEObjectType.JWT;
    /** VC-JOSE-COSE's type for other VC 2.0 credentials, such as the status list. */
    static final JOSEObjectType VC = new JOSEObjectType("vc+jwt");

    private VcJwt() {
    }

    static String sign(Map<String, Object> credential, String issuerId, String subjectId, Instant validFrom, Instant validUntil,
                       BadgeSigningKey key, String keyUrl, JOSEObjectType type) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder();
        credential.forEach(claims::claim);
        claims.issuer(issuerId)
                .jwtID((String) credential.get("id"))
                .subject(subjectId)
                .notBeforeTime(Date.from(validFrom));
        if (validUntil != null) {
            claims.expirationTime(Date.from(validUntil));
        }
        JWSHeader header = new JWSHeader.Builder(key.algorithm()).type(type).keyID(keyUrl).build();
        SignedJWT jwt = new SignedJWT(header, claims.build());
        try {
            jwt.sign(key.signer());
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a credential with the badge key " + key.id(), e);
        }
        return jwt.serialize();
    }
}
