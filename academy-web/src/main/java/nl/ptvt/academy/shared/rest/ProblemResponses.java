package nl.ptvt.academy.shared.rest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Builds RFC 9457 problem details ({@code application/problem+json}). */
public final class ProblemResponses {

    public static final String PROBLEM_JSON = "application/problem+json";
    static final String TYPE_PREFIX = "urn:ptvt-academy:problem:";

    private ProblemResponses() {
    }

    public record Violation(String field, String message) {
    }

    public static Response problem(Response.StatusType status, String code, String detail, String instance) {
        return Response.status(status).type(PROBLEM_JSON).entity(body(status.getStatusCode(), status.getReasonPhrase(), code, detail, instance).build()).build();
    }

    public static Response validation(String detail, List<Violation> violations, String instance) {
        var list = Json.createArrayBuilder();
        violations.forEach(v -> list.add(Json.createObjectBuilder().add("field", v.field()).add("message", v.message())));
        JsonObject entity = body(400, "Bad Request", "validation", detail, instance).add("violations", list).build();
        return Response.status(Response.Status.BAD_REQUEST).type(PROBLEM_JSON).entity(entity).build();
    }

    static JsonObjectBuilder body(int status, String title, String code, String detail, String instance) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("type", code == null ? "about:blank" : TYPE_PREFIX + code)
                .add("title", title)
                .add("status", status);
        if (detail != null) {
            body.add("detail", detail);
        }
        if (instance != null) {
            body.add("instance", instance);
        }
        if (code != null) {
            body.add("code", code);
        }
        return body;
    }
}
