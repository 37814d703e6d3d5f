package nl.ptvt.academy.shared.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API partners integrate against. Its contract is published at {@code /openapi}. */
@ApplicationPath("api/v1")
@OpenAPIDefinition(info = @Info(
        title = "PTvT Academy API",
        version = "1",
        description = "Accounts, organisations and (in later versions) courses, enrolments, sessions and certificates "
                + "of the PTvT Academy. Errors are RFC 9457 problem details (application/problem+json). "
                + "Lists are paged: ?page= (from 0) and ?size= (1-100), answered as {items, page, size, total}.",
        contact = @Contact(name = "Platform Talent voor Technologie")))
@SecurityScheme(securitySchemeName = AcademyApi.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT", description = "A token from POST /api/v1/auth/token")
public class AcademyApi extends Application {

    public static final String BEARER = "bearer";
}
