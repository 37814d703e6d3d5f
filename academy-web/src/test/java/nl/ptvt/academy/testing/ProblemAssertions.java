package nl.ptvt.academy.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.Map;
import java.util.stream.Collectors;
import nl.ptvt.academy.testing.ApiClient.Reply;

/** What every refusal of the REST API looks like: an RFC 9457 problem detail, its code, and no stack trace. */
public final class ProblemAssertions {

    private ProblemAssertions() {
    }

    /**
     * @param code the expected {@code code}, e.g. {@code forbidden} for a role that does not fit (403)
     * @return the problem's detail, for further checks
     */
    public static String assertProblem(Reply reply, int status, String code) {
        assertEquals(status, reply.status(), reply.toString());
        assertTrue(reply.contentType().startsWith("application/problem+json"), "problem+json, was " + reply.contentType());
        JsonObject problem = reply.json();
        assertEquals(status, problem.getInt("status"), reply.toString());
        assertEquals(code, problem.getString("code", null), reply.toString());
        assertFalse(reply.body().contains("Exception") || reply.body().contains("\tat "), "no stack trace: " + reply.body());
        return problem.getString("detail", "");
    }

    /** The violations of a 400 as field → message. */
    public static Map<String, String> violations(Reply reply) {
        assertProblem(reply, 400, "validation");
        return reply.json().getJsonArray("violations").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(violation -> violation.getString("field"), violation -> violation.getString("message"),
                        (one, other) -> one + " | " + other));
    }
}
