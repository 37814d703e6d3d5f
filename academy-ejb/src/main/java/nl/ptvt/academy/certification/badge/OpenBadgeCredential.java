package nl.ptvt.academy.certification.badge;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.ptvt.academy.certification.CertificateDocument;

/**
 * A certificate as an Open Badges 3.0 {@code OpenBadgeCredential} (1EdTech OB 3.0.3 on the VC 2.0 data model), as a
 * JSON object in the order a reader expects. Made from the {@link CertificateDocument} alone and without the clock,
 * so the same certificate always gives the same credential. Texts are in the certificate's language.
 */
public final class OpenBadgeCredential {

    static final String SCHEMA = "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json";
    static final int STATUS_LIST = 1;
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private OpenBadgeCredential() {
    }

    /** The moment the credential becomes valid: its issue, in whole seconds (as the JWT's {@code nbf}). */
    static Instant validFrom(CertificateDocument document) {
        return document.issuedAt().truncatedTo(ChronoUnit.SECONDS);
    }

    /** The certificate is valid through its expiry date, Amsterdam time: the credential ends when the next day starts. */
    static Instant validUntil(LocalDate expiresOn) {
        return expiresOn.plusDays(1).atStartOfDay(AMSTERDAM).toInstant();
    }

    /** The holder's stable id in this credential only ({@code sub}); the person is named by {@code identifier}. */
    static String subjectId(CertificateDocument document) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes(("ptvt-academy credential subject:" + document.code()).getBytes(StandardCharsets.UTF_8));
    }

    /** The credential signed as a VC-JWT with the key, whose {@code kid} is its URL under the issuer's base URL. */
    static String signed(CertificateDocument document, BadgeIssuerProfile issuer, BadgeSigningKey key) {
        return VcJwt.sign(of(document, issuer), issuer.issuerId(), subjectId(document), validFrom(document),
                document.expiresOn() == null ? null : validUntil(document.expiresOn()),
                key, issuer.keyUrl(key.id()), VcJwt.OPEN_BADGE);
    }

    public static Map<String, Object> of(CertificateDocument document, BadgeIssuerProfile issuer) {
        boolean dutch = !"en".equals(document.language());
        Map<String, Object> credential = new LinkedHashMap<>();
        credential.put("@context", List.of(BadgeIssuerProfile.VC_CONTEXT, BadgeIssuerProfile.OB_CONTEXT));
        credential.put("id", issuer.credentialId(document.code()));
        credential.put("type", List.of("VerifiableCredential", "OpenBadgeCredential"));
        credential.put("name", document.courseTitle());
        credential.put("description", dutch
                ? "Certificaat van " + issuer.name() + " voor " + document.holderName() + ": " + document.courseTitle()
                        + ", afgerond op " + date(document.completedOn(), dutch) + "."
                : "Certificate of " + issuer.name() + " for " + document.holderName() + ": " + document.courseTitle()
                        + ", completed on " + date(document.completedOn(), dutch) + ".");
        credential.put("issuer", issuer.profile());
        credential.put("validFrom", validFrom(document).toString());
        if (document.expiresOn() != null) {
            credential.put("validUntil", validUntil(document.expiresOn()).toString());
        }
        credential.put("credentialSubject", subject(document, dutch));
        credential.put("credentialStatus", status(document, issuer));
        credential.put("credentialSchema", List.of(Map.of("id", SCHEMA, "type", "1EdTechJsonSchemaValidator2019")));
        return credential;
    }

    private static Map<String, Object> subject(CertificateDocument document, boolean dutch) {
        String salt = IdentityHash.saltFor(document.code());
        Map<String, Object> email = new LinkedHashMap<>();
        email.put("type", "IdentityObject");
        email.put("identityHash", IdentityHash.of(document.holderEmail(), salt));
        email.put("identityType", "emailAddress");
        email.put("hashed", true);
        email.put("salt", salt);
        // the name is on the certificate and its public verification page anyway; a verifier needs it to know whose it is
        Map<String, Object> name = new LinkedHashMap<>();
        name.put("type", "IdentityObject");
        name.put("identityHash", document.holderName());
        name.put("identityType", "name");
        name.put("hashed", false);

        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("id", subjectId(document));
        subject.put("type", List.of("AchievementSubject"));
        subject.put("identifier", List.of(email, name));
        subject.put("achievement", achievement(document, dutch));
        return subject;
    }

    private static Map<String, Object> achievement(CertificateDocument document, boolean dutch) {
        Map<String, Object> achievement = new LinkedHashMap<>();
        achievement.put("id", document.courseUrl());
        achievement.put("type", List.of("Achievement"));
        achievement.put("achievementType", "CertificateOfCompletion");
        achievement.put("name", document.courseTitle());
        achievement.put("description", description(document, dutch));
        achievement.put("criteria", Map.of("narrative", dutch
                ? "De cursus ‘" + document.courseTitle() + "’ (versie " + document.courseVersion() + ") van PTvT Academy afronden: "
                        + "alle onderdelen van de e-learning voltooien of aanwezig zijn bij de training."
                : "Complete the course ‘" + document.courseTitle() + "’ (version " + document.courseVersion() + ") of PTvT Academy: "
                        + "finish every part of its e-learning or attend its training."));
        achievement.put("version", Integer.toString(document.courseVersion()));
        achievement.put("inLanguage", dutch ? "nl" : "en");
        if (document.themeName() != null && !document.themeName().isBlank()) {
            achievement.put("fieldOfStudy", document.themeName());
        }
        return achievement;
    }

    /** The course's description, then its study load (OB has no field for clock hours; creditsAvailable means credits). */
    private static String description(CertificateDocument document, boolean dutch) {
        List<String> parts = new ArrayList<>();
        if (document.courseDescription() != null && !document.courseDescription().isBlank()) {
            parts.add(document.courseDescription().strip());
        } else {
            parts.add(document.courseTitle() + ".");
        }
        if (document.studyHours() != null) {
            String hours = hours(document.studyHours(), dutch);
            parts.add(dutch ? "Studiebelasting: " + hours + " uur." : "Study load: " + hours + (BigDecimal.ONE.compareTo(document.studyHours()) == 0 ? " hour." : " hours."));
        }
        return String.join(" ", parts);
    }

    private static Map<String, Object> status(CertificateDocument document, BadgeIssuerProfile issuer) {
        String list = issuer.statusListUrl(STATUS_LIST);
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("id", list + "#" + document.statusIndex());
        status.put("type", "BitstringStatusListEntry");
        status.put("statusPurpose", "revocation");
        status.put("statusListIndex", Long.toString(document.statusIndex()));
        status.put("statusListCredential", list);
        return status;
    }

    static String hours(BigDecimal hours, boolean dutch) {
        String plain = hours.stripTrailingZeros().toPlainString();
        return dutch ? plain.replace('.', ',') : plain;
    }

    static String date(LocalDate date, boolean dutch) {
        return date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", dutch ? Locale.forLanguageTag("nl-NL") : Locale.ENGLISH));
    }
}
