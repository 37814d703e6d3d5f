package nl.ptvt.academy.certification.badge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Academy as the issuer its credentials name, and the URLs under its public base URL that verifiers resolve.
 *
 * @param baseUrl {@code ACADEMY_BASE_URL}, without a trailing slash
 * @param email   the Academy's address (the mail sender's)
 */
public record BadgeIssuerProfile(String baseUrl, String name, String email) {

    public static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
    public static final String OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

    public String issuerId() {
        return baseUrl + "/api/v1/issuer";
    }

    public String keyUrl(String keyId) {
        return baseUrl + "/api/v1/keys/" + keyId;
    }

    public String statusListUrl(int number) {
        return baseUrl + "/api/v1/credentials/status/" + number;
    }

    /** A credential's id: the public verification endpoint of its certificate, so the id resolves to its status. */
    public String credentialId(String code) {
        return baseUrl + "/api/v1/certificates/" + code + "/verification";
    }

    /** The Profile as every credential embeds it. */
    public Map<String, Object> profile() {
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("id", issuerId());
        profile.put("type", List.of("Profile"));
        profile.put("name", name);
        profile.put("url", baseUrl + "/");
        if (email != null && !email.isBlank()) {
            profile.put("email", email);
        }
        return profile;
    }

    /** The Profile served on its own at its id. */
    public Map<String, Object> profileDocument() {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("@context", List.of(VC_CONTEXT, OB_CONTEXT));
        document.putAll(profile());
        return document;
    }
}
