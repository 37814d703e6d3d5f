package nl.ptvt.academy.shared.infrastructure;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import nl.ptvt.academy.demo.DemoData;
import nl.ptvt.academy.identity.infrastructure.AdministratorBootstrap;

/** Tells whoever started the Academy where it is and how to log in. */
@ApplicationScoped
public class StartupReport {

    private static final Logger LOG = Logger.getLogger(StartupReport.class.getName());

    @Inject
    AcademySettings settings;

    @Inject
    AdministratorBootstrap administrator;

    @Inject
    DemoData demoData;

    void report(@Observes @Priority(1000) SchemaReady schema) {
        StringBuilder text = new StringBuilder("\n\n  PTvT Academy is starting at ").append(settings.baseUrl()).append('/')
                .append("\n  Data folder: ").append(settings.dataFolder())
                .append("\n  Database: ").append(settings.database().describe())
                .append("\n  Mail: ").append(settings.mail().describe())
                .append("\n  Log in at ").append(settings.baseUrl()).append("/inloggen as administrator ")
                .append(administrator.administratorEmail());
        if (demoData.active()) {
            text.append("\n  Demo accounts (e.g. beheerder@academy.example, leraar@academy.example) use the password ")
                    .append(DemoData.PASSWORD).append(" (see README, \"Try it\")");
        }
        text.append("\n  Readiness: ").append(settings.baseUrl()).append("/health/ready\n");
        LOG.info(text::toString);
    }
}
