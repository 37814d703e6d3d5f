package nl.ptvt.academy.shared.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import nl.ptvt.academy.mail.infrastructure.MailSettings;
import org.eclipse.microprofile.config.Config;

/**
 * The Academy's configuration in one typed place. Every key is a MicroProfile Config property, so it can also
 * be set as an environment variable ({@code academy.base.url} = {@code ACADEMY_BASE_URL}).
 */
@ApplicationScoped
public class AcademySettings {

    @Inject
    Config config;

    public Path dataFolder() {
        return DataFolder.from(config);
    }

    public DatabaseSettings database() {
        return DatabaseSettings.from(config);
    }

    /** SMTP server or mail folder, sender address, send interval and retries (see {@link MailSettings}). */
    public MailSettings mail() {
        return MailSettings.from(config);
    }

    /** Public URL used in mails, certificates, links and as the token issuer; without a trailing slash. */
    public String baseUrl() {
        String url = config.getOptionalValue("academy.base.url", String.class).orElse("http://localhost:8080");
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** Demo data by default on the embedded database (trying it out), never by default on MySQL. */
    public boolean demoData() {
        return config.getOptionalValue("academy.demo.data", Boolean.class).orElse(database().embedded());
    }

    public Optional<String> adminEmail() {
        return config.getOptionalValue("academy.admin.email", String.class);
    }

    public Optional<String> adminPassword() {
        return config.getOptionalValue("academy.admin.password", String.class);
    }

    public Optional<String> tokenSigningKey() {
        return config.getOptionalValue("academy.token.signing.key", String.class);
    }

    /** The largest upload accepted, in megabytes ({@code ACADEMY_UPLOAD_MAX_MB}, default 50). */
    public long uploadMaxMegabytes() {
        return config.getOptionalValue("academy.upload.max.mb", Long.class).orElse(50L);
    }

    public long tokenLifetimeSeconds() {
        return config.getOptionalValue("academy.token.lifetime.seconds", Long.class).orElse(3600L);
    }
}
