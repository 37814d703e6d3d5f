package nl.ptvt.academy.certification.badge;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The W3C {@code BitstringStatusListCredential} (VC 2.0, purpose revocation) that every credential's
 * {@code credentialStatus} points at: bit {@code n} is set when certificate {@code n} is revoked.
 */
final class StatusListCredential {

    private StatusListCredential() {
    }

    static String subjectId(BadgeIssuerProfile issuer, int number) {
        return issuer.statusListUrl(number) + "#list";
    }

    static String signed(BadgeIssuerProfile issuer, int number, Collection<Long> revoked, Instant validFrom, BadgeSigningKey key) {
        return VcJwt.sign(of(issuer, number, revoked, validFrom), issuer.issuerId(), subjectId(issuer, number), validFrom, null,
                key, issuer.keyUrl(key.id()), VcJwt.VC);
    }

    static Map<String, Object> of(BadgeIssuerProfile issuer, int number, Collection<Long> revoked, Instant validFrom) {
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("id", subjectId(issuer, number));
        subject.put("type", "BitstringStatusList");
        subject.put("statusPurpose", "revocation");
        subject.put("encodedList", RevocationBitstring.encode(revoked));

        Map<String, Object> credential = new LinkedHashMap<>();
        credential.put("@context", List.of(BadgeIssuerProfile.VC_CONTEXT));
        credential.put("id", issuer.statusListUrl(number));
        credential.put("type", List.of("VerifiableCredential", "BitstringStatusListCredential"));
        credential.put("issuer", issuer.issuerId());
        credential.put("validFrom", validFrom.toString());
        credential.put("credentialSubject", subject);
        return credential;
    }
}
