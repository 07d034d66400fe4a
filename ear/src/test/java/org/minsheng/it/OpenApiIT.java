package org.minsheng.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.security.RolesAllowed;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The OpenAPI document the running server serves ({@code /openapi?format=JSON}) is complete: every
 * operation has a declared feature tag, a success response and the problem+json errors it can
 * give; every request body says which fields are required; the operations are exactly the JAX-RS
 * methods under {@code /api} of the deployed EAR, and those whose method or class is
 * {@code @RolesAllowed} (read from the deployed classes) require the session or HTTP Basic for
 * exactly those roles, while the public ones require nothing. Failures name the offenders.
 */
@ExtendWith(ArquillianExtension.class)
class OpenApiIT {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";
    private static final Set<String> FEATURES = Set.of("cases", "intake", "interview", "identity", "site", "calendar",
            "notification", "nlp", "integrity", "digest", "audit", "health");
    private static final Map<String, Class<? extends Annotation>> HTTP_METHODS = Map.of(
            "GET", GET.class, "POST", POST.class, "PUT", PUT.class, "DELETE", DELETE.class);

    private static JsonObject document;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.minshengEar();
    }

    @BeforeAll
    static void fetch() {
        Api.Reply reply = Api.anonymous().get("/openapi?format=JSON");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        document = reply.json();
    }

    @Test
    void everyOperationIsTaggedWithADeclaredFeatureAndAnswersSuccessAndProblems() {
        Set<String> declared = document.getJsonArray("tags").getValuesAs(JsonObject.class).stream()
                .map(t -> t.getString("name")).collect(Collectors.toSet());
        assertThat(declared).as("declared tags").containsAll(FEATURES);
        assertThat(document.getJsonArray("tags").getValuesAs(JsonObject.class))
                .as("every tag has a description")
                .allSatisfy(t -> assertThat(t.getString("description", "")).isNotBlank());

        List<String> offenders = new ArrayList<>();
        operations().forEach((name, op) -> {
            List<String> tags = strings(op.getJsonArray("tags"));
            if (tags.stream().noneMatch(declared::contains)) {
                offenders.add(name + ": no declared tag, has " + tags);
            }
            JsonObject responses = op.getJsonObject("responses");
            if (responses == null || responses.keySet().stream().noneMatch(code -> code.startsWith("2"))) {
                offenders.add(name + ": no 2xx response");
                return;
            }
            boolean problem = responses.keySet().stream()
                    .anyMatch(code -> code.startsWith("4") && isProblem(responses.getJsonObject(code)));
            if (!problem) {
                offenders.add(name + ": no 4xx response with " + PROBLEM_JSON + " and the Problem schema, has "
                        + responses.keySet());
            }
        });
        assertThat(offenders).as("operations without a declared tag, a success or a problem response").isEmpty();
    }

    @Test
    void requestBodiesOfPostAndPutHaveSchemasWithRequiredFields() {
        List<String> offenders = new ArrayList<>();
        operations().forEach((name, op) -> {
            if (!name.startsWith("POST ") && !name.startsWith("PUT ") || !op.containsKey("requestBody")) {
                return;
            }
            JsonObject body = resolve(op.getJsonObject("requestBody"));
            JsonObject content = body.getJsonObject("content");
            if (content == null || content.isEmpty()) {
                offenders.add(name + ": request body without content");
                return;
            }
            boolean optional = !body.getBoolean("required", false);
            content.forEach((type, media) -> {
                JsonObject schema = media.asJsonObject().getJsonObject("schema");
                if (schema == null) {
                    offenders.add(name + ": " + type + " body without a schema");
                } else if (!optional && required(schema).isEmpty()) {
                    offenders.add(name + ": " + type + " body schema names no required field");
                }
            });
        });
        assertThat(offenders).as("request bodies whose schema names no required field (unless the body is optional)")
                .isEmpty();
    }

    @Test
    void submissionsAnswer201AndTheChannelIsAnEnumeration() {
        JsonObject submit = document.getJsonObject("paths").getJsonObject("/api/submissions").getJsonObject("post");
        assertThat(submit.getJsonObject("responses").keySet()).contains("201", "422").doesNotContain("200");
        JsonObject schema = resolve(submit.getJsonObject("requestBody").getJsonObject("content")
                .getJsonObject("application/json").getJsonObject("schema"));
        assertThat(strings(schema.getJsonArray("required"))).contains("channel", "title", "body");
        JsonObject properties = schema.getJsonObject("properties");
        assertThat(strings(properties.getJsonObject("channel").getJsonArray("enum")))
                .containsExactlyInAnyOrder("LEADER_MAILBOX", "SUPERVISION_MAILBOX", "REPORT_MAILBOX", "MESSAGE_BOARD",
                        "CONSULTATION");
        assertThat(properties.getJsonObject("title").getInt("maxLength")).isEqualTo(50);
        assertThat(properties.getJsonObject("body").getInt("maxLength")).isEqualTo(2000);

        JsonObject problem = document.getJsonObject("components").getJsonObject("schemas").getJsonObject("Problem");
        assertThat(problem.getJsonObject("properties").keySet())
                .contains("type", "title", "title_en", "status", "detail", "detail_en", "instance", "errors");
        assertThat(document.getJsonObject("components").getJsonObject("securitySchemes").keySet())
                .containsExactlyInAnyOrder("session", "basic");
    }

    /**
     * The document and the deployed code agree: the same operations, and a security requirement
     * exactly where the resource method or its class is {@code @RolesAllowed}, with those roles.
     */
    @Test
    void theOperationsAreTheDeployedApiMethodsAndTheRoleRestrictedOnesRequireASignIn() throws IOException {
        Map<String, JsonObject> documented = operations();
        Map<String, Set<String>> deployed = deployedApiOperations();
        assertThat(deployed).as("JAX-RS methods under /api in the deployed EAR").hasSizeGreaterThan(50);

        Set<String> undocumented = new TreeSet<>(deployed.keySet());
        undocumented.removeAll(documented.keySet());
        Set<String> unknown = new TreeSet<>(documented.keySet());
        unknown.removeAll(deployed.keySet());
        assertThat(undocumented).as("deployed operations missing from the document").isEmpty();
        assertThat(unknown).as("documented operations that are not JAX-RS methods under /api (pages? static files?)")
                .isEmpty();

        List<String> offenders = new ArrayList<>();
        deployed.forEach((name, roles) -> {
            Map<String, Set<String>> required = new TreeMap<>();
            JsonArray security = documented.get(name).getJsonArray("security");
            if (security != null) {
                security.getValuesAs(JsonObject.class).forEach(requirement -> requirement.forEach(
                        (scheme, scopes) -> required.put(scheme, new TreeSet<>(strings(scopes.asJsonArray())))));
            }
            Map<String, Set<String>> expected = roles.isEmpty() ? Map.of() : Map.of("session", roles, "basic", roles);
            if (!required.equals(expected)) {
                offenders.add(name + ": @RolesAllowed " + roles + " but the document requires " + required);
            }
        });
        assertThat(offenders).as("operations whose security requirements are not their @RolesAllowed").isEmpty();
    }

    /**
     * Two of the platform-wide answers the document promises, as the server really gives them to an
     * API client (a client that accepts HTML gets errors as pages instead).
     */
    @Test
    void thePlatformWideProblemsAreRealProblems() {
        HttpResponse<String> notAcceptable = send(HttpRequest.newBuilder(URI.create(Api.BASE + "/api/leaders"))
                .header("Accept", "application/xml").GET().build());
        assertThat(notAcceptable.statusCode()).as(notAcceptable.body()).isEqualTo(406);
        assertThat(notAcceptable.headers().firstValue("Content-Type").orElse("")).startsWith(PROBLEM_JSON);
        assertThat(notAcceptable.body()).contains("/problems/not-acceptable");

        Api.Reply unauthorized = Api.anonymous().get("/api/staff/dispatch-queue");
        assertThat(unauthorized.status()).isEqualTo(401);
        assertThat(unauthorized.contentType()).startsWith(PROBLEM_JSON);
        assertThat(operations().get("GET /api/staff/dispatch-queue").getJsonObject("responses").keySet())
                .contains("401", "403", "406", "500");
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // ---- the document ------------------------------------------------------------------------

    private static Map<String, JsonObject> operations() {
        Map<String, JsonObject> all = new TreeMap<>();
        document.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, op) -> {
            if (HTTP_METHODS.containsKey(method.toUpperCase()) || Set.of("head", "options", "patch").contains(method)) {
                all.put(method.toUpperCase() + " " + path, op.asJsonObject());
            }
        }));
        return all;
    }

    /** Follows a {@code $ref} to the component it names. */
    private static JsonObject resolve(JsonObject object) {
        JsonObject current = object;
        for (int i = 0; i < 5 && current != null && current.containsKey("$ref"); i++) {
            String[] parts = current.getString("$ref").substring(2).split("/");
            JsonObject target = document;
            for (String part : parts) {
                target = target == null ? null : target.getJsonObject(part);
            }
            current = target;
        }
        return current;
    }

    private static boolean isProblem(JsonObject response) {
        JsonObject resolved = resolve(response);
        JsonObject content = resolved == null ? null : resolved.getJsonObject("content");
        JsonObject problem = content == null ? null : content.getJsonObject(PROBLEM_JSON);
        JsonObject schema = problem == null ? null : problem.getJsonObject("schema");
        return schema != null && PROBLEM_SCHEMA.equals(schema.getString("$ref", null));
    }

    /** The required fields of a schema, following references and the schemas it is all of. */
    private static Set<String> required(JsonObject schema) {
        Set<String> names = new LinkedHashSet<>();
        JsonObject s = resolve(schema);
        if (s == null) {
            return names;
        }
        names.addAll(strings(s.getJsonArray("required")));
        JsonArray allOf = s.getJsonArray("allOf");
        if (allOf != null) {
            allOf.getValuesAs(JsonObject.class).forEach(part -> names.addAll(required(part)));
        }
        return names;
    }

    private static List<String> strings(JsonArray array) {
        return array == null ? List.of() : array.stream().filter(v -> v.getValueType() == JsonValue.ValueType.STRING)
                .map(v -> ((JsonString) v).getString()).toList();
    }

    // ---- the deployed code -------------------------------------------------------------------

    /** Every JAX-RS method under {@code /api} of the deployed EAR, with its roles (none if public). */
    private static Map<String, Set<String>> deployedApiOperations() {
        Map<String, Set<String>> operations = new TreeMap<>();
        DeployedEndpoints.all().stream().filter(DeployedEndpoints.Endpoint::api)
                .forEach(endpoint -> operations.put(endpoint.toString(), endpoint.roles()));
        return operations;
    }
}
