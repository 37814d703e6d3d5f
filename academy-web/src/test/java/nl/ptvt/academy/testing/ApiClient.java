package nl.ptvt.academy.testing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/** A small black-box HTTP client for the REST API: raw requests in, status, headers and JSON out. */
public final class ApiClient {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final URI base;
    private final String token;
    private final String language;

    private ApiClient(URI base, String token, String language) {
        this.base = base;
        this.token = token;
        this.language = language;
    }

    public static ApiClient at(URL deployment) {
        return new ApiClient(URI.create(deployment.toString().replaceAll("/+$", "") + "/"), null, null);
    }

    public ApiClient withToken(String bearerToken) {
        return new ApiClient(base, bearerToken, language);
    }

    public ApiClient inLanguage(String acceptLanguage) {
        return new ApiClient(base, token, acceptLanguage);
    }

    public URI uri(String path) {
        return base.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    public Reply post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply send(String method, String path, String contentType, String body) {
        HttpRequest.Builder builder = request(path).method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder);
    }

    /** Sends raw bytes, as a file upload does; {@code headers} are name/value pairs. */
    public Reply postBytes(String path, String contentType, byte[] body, String... headers) {
        HttpRequest.Builder builder = request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return send(builder);
    }

    /** A GET whose answer is read as bytes (a download), asking for any type. */
    public Download download(String path) {
        try {
            HttpResponse<byte[]> response = HTTP.send(request(path).setHeader("Accept", "*/*").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Registers an account and returns a client that carries its token. */
    public ApiClient registerAndSignIn(String name, String email, String password) {
        Reply registered = post("api/v1/accounts", "{\"name\":\"" + name + "\",\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
        if (registered.status() != 201) {
            throw new IllegalStateException("registration failed: " + registered);
        }
        return signIn(email, password);
    }

    /** An address nobody has registered yet. */
    public static String uniqueEmail(String who) {
        return who + "-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "@ptvt.test";
    }

    /** A new account that is a learner only, signed in. */
    public ApiClient newLearner(String password) {
        return registerAndSignIn("Leerling", uniqueEmail("leerling"), password);
    }

    /** A new account that an administrator made an author, signed in. */
    public ApiClient newAuthor(String password) {
        return registerWithRoles("Auteur", uniqueEmail("auteur"), password, "AUTHOR");
    }

    /** The test server's administrator (see {@link IntegrationTestServer}). */
    public ApiClient asAdministrator() {
        return signIn(IntegrationTestServer.ADMIN_EMAIL, IntegrationTestServer.ADMIN_PASSWORD);
    }

    /** Registers an account, has the administrator grant it the roles, and returns a client carrying its token. */
    public ApiClient registerWithRoles(String name, String email, String password, String... roles) {
        ApiClient person = registerAndSignIn(name, email, password);
        long id = person.get("api/v1/me").json().getJsonNumber("id").longValue();
        String names = java.util.Arrays.stream(roles).map(role -> "\"" + role + "\"").collect(java.util.stream.Collectors.joining(",", "[", "]"));
        Reply granted = asAdministrator().put("api/v1/users/" + id + "/roles", names);
        if (granted.status() != 200) {
            throw new IllegalStateException("granting " + names + " failed: " + granted);
        }
        return person;
    }

    public ApiClient signIn(String email, String password) {
        Reply token = post("api/v1/auth/token", "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
        if (token.status() != 200) {
            throw new IllegalStateException("sign-in failed: " + token);
        }
        return withToken(token.json().getString("access_token"));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60)).header("Accept", "application/json");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        if (language != null) {
            builder.header("Accept-Language", language);
        }
        return builder;
    }

    private static Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An HTTP answer with a binary body. */
    public record Download(int status, java.net.http.HttpHeaders headers, byte[] body) {

        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }
    }

    /** An HTTP answer. */
    public record Reply(int status, java.net.http.HttpHeaders headers, String body) {

        public JsonObject json() {
            return (JsonObject) structure();
        }

        public JsonArray jsonArray() {
            return (JsonArray) structure();
        }

        private JsonStructure structure() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }

        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        public String contentType() {
            return header("Content-Type").orElse("");
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
