package nl.ptvt.academy.shared.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The REST API partners integrate against, under {@code /api/v1}. Its contract is the hand-kept
 * {@code META-INF/openapi.yaml}, published by MicroProfile OpenAPI at {@code /openapi}; a unit test checks that
 * it describes every resource method. (Payara 6.2025.10 cannot generate the document from Bean Validation
 * annotated records: Payara issue 7649.)
 */
@ApplicationPath("api/v1")
public class AcademyApi extends Application {
}
