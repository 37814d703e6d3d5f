package nl.ptvt.academy.shared.rest;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hand-kept {@code META-INF/openapi.yaml} (see {@link AcademyApi}) must describe exactly the JAX-RS resource
 * methods in the code, and state the same access rules. No server and no YAML library: the resource methods are
 * found by reflection in the compiled classes, and the YAML is read line by line, just far enough to know each
 * operation under {@code paths:} (two-space indentation, as the file is written).
 */
class OpenApiContractTest {

    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");
    private static final Pattern TEMPLATE = Pattern.compile("\\{\\s*([^}:\\s]+)\\s*(?::[^}]*)?}");
    private static final byte[] PATH_DESCRIPTOR = "Ljakarta/ws/rs/Path;".getBytes(StandardCharsets.US_ASCII);

    private static Map<String, ResourceMethod> code;
    private static Document yaml;

    @BeforeAll
    static void readCodeAndContract() throws Exception {
        Path classes = Path.of(AcademyApi.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        code = resourceMethods(classes);
        Path contract = classes.resolve("META-INF/openapi.yaml");
        assertTrue(Files.isRegularFile(contract), "The OpenAPI contract is missing: " + contract);
        yaml = Document.parse(Files.readAllLines(contract, StandardCharsets.UTF_8));
    }

    @Test
    void findsTheResourceMethods() {
        // Guards the scan itself: without resource methods, the other tests would pass on nothing.
        assertTrue(code.containsKey("POST /api/v1/auth/token"),
                "The class scan found no POST /api/v1/auth/token; it found: " + code.keySet());
        assertTrue(code.size() >= 12, "The class scan found too few resource methods: " + code.keySet());
    }

    @Test
    void documentsExactlyTheResourceMethods() {
        Set<String> missing = new TreeSet<>(code.keySet());
        missing.removeAll(yaml.operations.keySet());
        Set<String> extra = new TreeSet<>(yaml.operations.keySet());
        extra.removeAll(code.keySet());
        List<String> problems = new ArrayList<>(yaml.problems);
        missing.forEach(key -> problems.add("not documented in openapi.yaml: " + key + " (" + code.get(key).javaName + ")"));
        extra.forEach(key -> problems.add("documented in openapi.yaml but no resource method has it: " + key));
        assertNoProblems("openapi.yaml and the JAX-RS resources disagree", problems);
    }

    @Test
    void everyOperationHasAnOperationIdASummaryAndATag() {
        List<String> problems = new ArrayList<>();
        Map<String, String> ids = new HashMap<>();
        yaml.operations.forEach((key, operation) -> {
            if (operation.operationId == null || operation.operationId.isBlank()) {
                problems.add(key + " has no operationId");
            } else if (ids.putIfAbsent(operation.operationId, key) != null) {
                problems.add(key + " repeats operationId '" + operation.operationId + "' of " + ids.get(operation.operationId));
            }
            if (!operation.keys.contains("summary")) {
                problems.add(key + " has no summary");
            }
            if (!operation.keys.contains("tags")) {
                problems.add(key + " has no tags");
            }
            if (operation.responses.isEmpty()) {
                problems.add(key + " has no responses");
            }
        });
        assertNoProblems("Incomplete operations in openapi.yaml", problems);
    }

    @Test
    void statesTheSameAccessRulesAsTheCode() {
        List<String> problems = new ArrayList<>();
        code.forEach((key, method) -> {
            Operation operation = yaml.operations.get(key);
            if (operation == null) {
                return; // reported by documentsExactlyTheResourceMethods
            }
            switch (method.access) {
                case PUBLIC -> {
                    if (!operation.publicSecurity) {
                        problems.add(key + " is @PermitAll in " + method.javaName + ", so it must declare 'security: []'");
                    }
                }
                case ROLES -> {
                    if (operation.publicSecurity) {
                        problems.add(key + " is @RolesAllowed(" + method.roles + ") in " + method.javaName
                                + ", so it must not declare 'security: []'");
                    } else if (!operation.security.contains("bearer") && !(operation.security.isEmpty() && yaml.globalSecurity.contains("bearer"))) {
                        problems.add(key + " is @RolesAllowed(" + method.roles + ") but requires no bearer token in openapi.yaml");
                    }
                    if (!operation.responses.contains("401")) {
                        problems.add(key + " is @RolesAllowed(" + method.roles + ") but documents no 401 response");
                    }
                    for (String role : method.roles) {
                        if (!Pattern.compile("\\b" + Pattern.quote(role) + "\\b").matcher(operation.text).find()) {
                            problems.add(key + " does not name the role " + role + " it requires (" + method.javaName + ")");
                        }
                    }
                }
                case DENIED -> {
                    if (operation.publicSecurity) {
                        problems.add(key + " is @DenyAll in " + method.javaName + ", so it must not declare 'security: []'");
                    }
                }
                case UNDECLARED -> problems.add(method.javaName + " (" + key
                        + ") declares neither @PermitAll nor @RolesAllowed, on the method or its class: say who may call it");
            }
        });
        assertNoProblems("openapi.yaml states other access rules than the code", problems);
    }

    // ---------------------------------------------------------------------------------------------------------
    // The code side: JAX-RS resource methods, found by reflection.

    enum Access { PUBLIC, ROLES, DENIED, UNDECLARED }

    record ResourceMethod(String javaName, Access access, List<String> roles) {
    }

    private static Map<String, ResourceMethod> resourceMethods(Path classes) throws IOException, ClassNotFoundException {
        String applicationPath = AcademyApi.class.getAnnotation(ApplicationPath.class).value();
        Map<String, ResourceMethod> methods = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        Path root = classes.resolve("nl/ptvt/academy");
        List<Path> classFiles;
        try (Stream<Path> files = Files.walk(root)) {
            classFiles = files.filter(file -> file.toString().endsWith(".class")).sorted().toList();
        }
        for (Path file : classFiles) {
            if (!mentionsPathAnnotation(Files.readAllBytes(file))) {
                continue;
            }
            String relative = classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
            String className = relative.substring(0, relative.length() - ".class".length()).replace('/', '.');
            Class<?> type = Class.forName(className, false, OpenApiContractTest.class.getClassLoader());
            jakarta.ws.rs.Path classPath = type.getAnnotation(jakarta.ws.rs.Path.class);
            if (classPath == null) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                if (method.isSynthetic() || method.isBridge()) {
                    continue;
                }
                String httpMethod = httpMethod(method);
                jakarta.ws.rs.Path methodPath = method.getAnnotation(jakarta.ws.rs.Path.class);
                String javaName = type.getSimpleName() + "." + method.getName();
                if (httpMethod == null) {
                    if (methodPath != null) {
                        problems.add(javaName + " is a sub-resource locator; this test does not follow those yet");
                    }
                    continue;
                }
                String path = join(applicationPath, classPath.value(), methodPath == null ? "" : methodPath.value());
                String key = httpMethod + " " + path;
                ResourceMethod previous = methods.put(key, access(type, method, javaName));
                if (previous != null) {
                    problems.add(key + " is served by both " + previous.javaName + " and " + javaName);
                }
            }
        }
        assertNoProblems("Cannot read the resource methods", problems);
        return methods;
    }

    private static boolean mentionsPathAnnotation(byte[] bytes) {
        outer:
        for (int i = 0; i <= bytes.length - PATH_DESCRIPTOR.length; i++) {
            for (int j = 0; j < PATH_DESCRIPTOR.length; j++) {
                if (bytes[i + j] != PATH_DESCRIPTOR[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value().toUpperCase();
            }
        }
        return null;
    }

    /** "/" + application path + class path + method path, without doubled slashes, templates as {name}. */
    static String join(String... parts) {
        String joined = Arrays.stream(parts)
                .map(part -> part.replaceAll("^/+|/+$", ""))
                .filter(part -> !part.isEmpty())
                .collect(Collectors.joining("/", "/", ""));
        Matcher template = TEMPLATE.matcher(joined);
        return template.replaceAll(match -> Matcher.quoteReplacement("{" + match.group(1) + "}"));
    }

    private static ResourceMethod access(Class<?> type, Method method, String javaName) {
        for (var element : List.of(method, type)) {
            if (element.isAnnotationPresent(PermitAll.class)) {
                return new ResourceMethod(javaName, Access.PUBLIC, List.of());
            }
            if (element.isAnnotationPresent(DenyAll.class)) {
                return new ResourceMethod(javaName, Access.DENIED, List.of());
            }
            RolesAllowed roles = element.getAnnotation(RolesAllowed.class);
            if (roles != null) {
                return new ResourceMethod(javaName, Access.ROLES, List.of(roles.value()));
            }
        }
        return new ResourceMethod(javaName, Access.UNDECLARED, List.of());
    }

    // ---------------------------------------------------------------------------------------------------------
    // The contract side: just enough YAML.

    static final class Operation {
        String operationId;
        boolean publicSecurity;
        final Set<String> security = new LinkedHashSet<>();
        final Set<String> responses = new LinkedHashSet<>();
        final Set<String> keys = new LinkedHashSet<>();
        String text = "";
    }

    static final class Document {
        final Map<String, Operation> operations = new TreeMap<>();
        final Set<String> globalSecurity = new LinkedHashSet<>();
        final List<String> problems = new ArrayList<>();

        /**
         * Reads the keys at fixed indentation: 0 top level, 2 a path under {@code paths:}, 4 its methods, 6 an
         * operation's fields, 8 the entries of its {@code responses} or {@code security}.
         */
        static Document parse(List<String> lines) {
            Document document = new Document();
            Set<String> paths = new LinkedHashSet<>();
            String topKey = null;
            String path = null;
            Operation operation = null;
            String operationKey = null;
            StringBuilder text = new StringBuilder();
            int number = 0;
            for (String line : lines) {
                number++;
                if (line.isBlank() || line.stripLeading().startsWith("#")) {
                    continue;
                }
                if (line.substring(0, line.length() - line.stripLeading().length()).indexOf('\t') >= 0) {
                    document.problems.add("line " + number + " is indented with a tab");
                }
                int indent = line.length() - line.stripLeading().length();
                String content = line.strip();
                if (indent == 0) {
                    topKey = key(content);
                    path = null;
                    operation = null;
                    continue;
                }
                if ("security".equals(topKey) && indent == 2 && content.startsWith("- ")) {
                    document.globalSecurity.add(key(content.substring(2)));
                    continue;
                }
                if (!"paths".equals(topKey)) {
                    continue;
                }
                if (indent == 2) {
                    path = unquote(key(content));
                    operation = null;
                    if (!path.startsWith("/")) {
                        document.problems.add("line " + number + ": path '" + path + "' does not start with /");
                    }
                    if (!paths.add(path)) {
                        document.problems.add("line " + number + ": path '" + path + "' appears twice");
                    }
                    continue;
                }
                if (indent == 4) {
                    String method = key(content);
                    operation = null;
                    if (HTTP_METHODS.contains(method)) {
                        operation = new Operation();
                        text = new StringBuilder();
                        String id = method.toUpperCase() + " " + path;
                        if (document.operations.put(id, operation) != null) {
                            document.problems.add("line " + number + ": " + id + " appears twice");
                        }
                    }
                    continue;
                }
                if (operation == null) {
                    continue;
                }
                text.append(content).append('\n');
                operation.text = text.toString();
                if (indent == 6) {
                    operationKey = key(content);
                    String value = value(content);
                    operation.keys.add(operationKey);
                    if (operationKey.equals("operationId")) {
                        operation.operationId = unquote(value);
                    } else if (operationKey.equals("security")) {
                        operation.publicSecurity = value.replace(" ", "").equals("[]");
                    }
                } else if (indent == 8 && "responses".equals(operationKey) && !content.startsWith("- ")) {
                    operation.responses.add(unquote(key(content)));
                } else if (indent == 8 && "security".equals(operationKey) && content.startsWith("- ")) {
                    operation.security.add(key(content.substring(2)));
                }
            }
            return document;
        }

        private static String key(String content) {
            int colon = content.indexOf(':');
            return colon < 0 ? content : content.substring(0, colon).strip();
        }

        private static String value(String content) {
            int colon = content.indexOf(':');
            return colon < 0 ? "" : content.substring(colon + 1).strip();
        }

        private static String unquote(String text) {
            if (text.length() >= 2 && (text.startsWith("'") && text.endsWith("'") || text.startsWith("\"") && text.endsWith("\""))) {
                return text.substring(1, text.length() - 1);
            }
            return text;
        }
    }

    private static void assertNoProblems(String heading, List<String> problems) {
        if (!problems.isEmpty()) {
            fail(heading + " (" + problems.size() + "):\n  - " + String.join("\n  - ", problems));
        }
    }
}
