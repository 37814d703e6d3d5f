package nl.ptvt.academy.shared.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.JsonObject;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import nl.ptvt.academy.shared.BusinessRuleException;
import nl.ptvt.academy.shared.ConflictException;
import nl.ptvt.academy.shared.TooManyAttemptsException;
import org.junit.jupiter.api.Test;

class ProblemMapperTest {

    private static Response map(Throwable failure) {
        return ProblemMapper.toResponse(failure, null, null, null);
    }

    private static JsonObject body(Response response) {
        assertEquals(ProblemResponses.PROBLEM_JSON, response.getMediaType().toString());
        return (JsonObject) response.getEntity();
    }

    @Test
    void anUnexpectedFailureIsA500WithAnIdAndNoInsides() {
        Response response = map(new IllegalStateException("connection pool jdbc:mysql://secret-host exhausted"));
        assertEquals(500, response.getStatus());
        JsonObject problem = body(response);
        assertTrue(problem.getString("instance").startsWith("urn:uuid:"), problem.toString());
        assertFalse(problem.toString().contains("secret-host"), "the cause is logged, not shown");
        assertFalse(problem.toString().contains("IllegalStateException"));
    }

    @Test
    void serviceExceptionsAreUnwrappedFromTheEjbContainer() {
        Response conflict = map(new EJBException(new ConflictException("account.email.taken", "taken")));
        assertEquals(409, conflict.getStatus());
        assertEquals("account.email.taken", body(conflict).getString("code"));
        assertEquals("urn:ptvt-academy:problem:account.email.taken", body(conflict).getString("type"));

        assertEquals(422, map(new BusinessRuleException("x", "y")).getStatus());
        assertEquals(409, map(new EJBException(new OptimisticLockException("stale"))).getStatus());
    }

    @Test
    void anEjbAccessDenialIs401ForTheAnonymous() {
        Response response = map(new EJBAccessException("denied"));
        assertEquals(401, response.getStatus());
        assertTrue(response.getHeaderString("WWW-Authenticate").startsWith("Bearer"));
    }

    @Test
    void aRoleRefusalByTheResourceCarriesTheForbiddenCode() {
        Response response = map(new jakarta.ws.rs.ForbiddenException());
        assertEquals(403, response.getStatus());
        assertEquals("forbidden", body(response).getString("code"));
    }

    @Test
    void throttlingSaysWhenToComeBack() {
        Response response = map(new TooManyAttemptsException("login.throttled", "wait", Duration.ofSeconds(42)));
        assertEquals(429, response.getStatus());
        assertEquals("42", response.getHeaderString("Retry-After"));
    }

    @Test
    void aMethodNotAllowedKeepsTheAllowHeader() {
        Response response = map(new NotAllowedException(Response.status(405).header("Allow", "POST").build()));
        assertEquals(405, response.getStatus());
        assertTrue(response.getHeaderString("Allow").contains("POST"), response.getHeaders().toString());
    }

    @Test
    void aJsonValueOfTheWrongKindIsAViolationOfItsField() {
        var failure = new jakarta.json.bind.JsonbException("Unable to deserialize property 'questions' because of: "
                + "Unable to deserialize property 'kind' because of: No enum constant nl.ptvt.academy.catalogue.QuestionKind.MAYBE",
                new IllegalArgumentException("No enum constant nl.ptvt.academy.catalogue.QuestionKind.MAYBE"));
        Response response = map(new jakarta.ws.rs.ProcessingException("Error deserializing object from entity stream.", failure));
        assertEquals(400, response.getStatus());
        JsonObject violation = body(response).getJsonArray("violations").getJsonObject(0);
        assertEquals("questions.kind", violation.getString("field"));
        assertEquals("is not one of the accepted values", violation.getString("message"));

        Response broken = map(new jakarta.json.bind.JsonbException("Unexpected char 34 at (line no=1, column no=12, offset=11)"));
        assertEquals("malformed-json", body(broken).getString("code"));
    }

    record Option(String text, java.util.concurrent.TimeUnit unit) {
    }

    record Question(String text, java.util.List<Option> options, java.time.DayOfWeek day) {
    }

    @SuppressWarnings("unused")
    static void addQuestion(@jakarta.ws.rs.PathParam("id") long id, Question question) {
    }

    @Test
    void anUnknownCodeInARecordIsAViolationOfTheFieldOfThatType() throws NoSuchMethodException {
        java.lang.reflect.Method method = ProblemMapperTest.class.getDeclaredMethod("addQuestion", long.class, Question.class);
        Response day = ProblemMapper.toResponse(new jakarta.json.bind.JsonbException("No enum constant java.time.DayOfWeek.FUNDAY"),
                null, null, null, method);
        assertEquals(400, day.getStatus());
        assertEquals("day", body(day).getJsonArray("violations").getJsonObject(0).getString("field"));

        Response unit = ProblemMapper.toResponse(new jakarta.ws.rs.ProcessingException("Error deserializing",
                new jakarta.json.bind.JsonbException("No enum constant java.util.concurrent.TimeUnit.AGES")), null, null, null, method);
        assertEquals("options.unit", body(unit).getJsonArray("violations").getJsonObject(0).getString("field"));

        Response unknownType = ProblemMapper.toResponse(new jakarta.json.bind.JsonbException("No enum constant java.time.Month.SMARCH"),
                null, null, null, method);
        assertEquals("malformed-json", body(unknownType).getString("code"));
    }
}
