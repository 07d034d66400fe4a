package org.minsheng.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.minsheng.identity.api.Roles;

/**
 * Who may call what, for every role-restricted operation and page. The operations come from the
 * OpenAPI document the server serves (each with a security requirement, its roles as scopes), the
 * staff pages from the {@code @RolesAllowed} resource methods of the deployed web module, and the
 * roles from {@link Roles}: each role is played by an account that has only that role (a demo
 * account, one created here where the demo city has none, a registered resident), plus the demo
 * accounts that combine roles. Every call goes out without a sign-in (401; a page redirects to the
 * login), as each account whose roles are all wrong (403), and as each account with a right role
 * (neither, and no server error).
 *
 * <p>Nothing here changes what other tests rely on: path parameters are ids that do not exist, so
 * the right role gets 404 or 422; bodies are empty ({@code {}}, an empty multipart); an operation
 * that takes no body and names nothing (starting a training job, the supervision sweep) gets a body
 * the platform's JSON guard refuses after the access check (400), and staff forms are posted
 * without their CSRF token, which the form refuses after the access check.
 */
@ExtendWith(ArquillianExtension.class)
class AccessMatrixIT {

    /** Roles no demo account has alone (the demo dispatcher and department heads also handle cases). */
    private static final Map<String, String> CREATED = Map.of(Roles.DISPATCHER, "matrix-dispatcher",
            Roles.DEPT_ADMIN, "matrix-dept-admin");
    private static final String BOUNDARY = "matrix-boundary";
    private static final byte[] EMPTY_MULTIPART = ("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII);
    /** Not UTF-8: the JSON body guard refuses it with 400, after the access filter has decided. */
    private static final byte[] REFUSED_JSON = {'{', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
    private static final String CSRF_REFUSAL = "页面已过期";
    private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)(?:\\s*:\\s*([^}]*))?}");

    record Principal(String name, Set<String> roles, Client client) {

        boolean mayUse(Set<String> allowed) {
            return !Collections.disjoint(roles, allowed);
        }
    }

    /** One call of the matrix: what is sent, to which operation, allowed to which roles. */
    record Call(String operation, String method, String path, Set<String> roles, String contentType, byte[] body,
                String accept, boolean page) {
    }

    private static JsonObject document;
    private static List<Principal> principals;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.minshengEar();
    }

    @BeforeAll
    static void signEveryRoleIn() {
        Api.Reply openapi = Api.anonymous().get("/openapi?format=JSON");
        assertThat(openapi.status()).as(openapi.body()).isEqualTo(200);
        document = openapi.json();

        Api admin = Api.signedIn("admin");
        CREATED.forEach((role, username) -> {
            Api.Reply created = admin.post("/api/admin/site/staff", Json.createObjectBuilder()
                    .add("username", username).add("displayName", "权限矩阵 " + role).add("password", Api.PASSWORD)
                    .add("roles", Json.createArrayBuilder().add(role)).add("departmentCode", "zjj").build().toString());
            assertThat(created.status()).as(created.body()).isIn(201, 409);
        });
        // One account per distinct set of roles, so that every combination the accounts have is tried.
        Map<Set<String>, String> byRoles = new LinkedHashMap<>();
        DemoStaff.accounts().forEach((username, roles) -> byRoles.putIfAbsent(roles, username));
        CREATED.forEach((role, username) -> byRoles.putIfAbsent(Set.of(role), username));
        List<Principal> all = new ArrayList<>();
        byRoles.forEach((roles, username) -> all.add(new Principal(username, roles, Client.staff(username))));

        String login = "matrix-" + UUID.randomUUID().toString().substring(0, 8) + "@example.cn";
        Api.Reply registered = Api.anonymous().post("/api/residents", Json.createObjectBuilder().add("login", login)
                .add("displayName", "矩阵居民").add("password", Api.PASSWORD).build().toString());
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        all.add(new Principal("resident", Set.of(Roles.RESIDENT), Client.resident(login, Api.PASSWORD)));
        principals = List.copyOf(all);

        Set<String> alone = principals.stream().filter(p -> p.roles().size() == 1)
                .map(p -> p.roles().iterator().next()).collect(Collectors.toSet());
        assertThat(alone).as("every role of identity.api.Roles is played by an account with only that role")
                .containsAll(roleConstants());
    }

    @Test
    void everySecuredOperationOfTheApiDocumentRefusesStrangersAndWrongRolesAndServesTheRightOnes() {
        List<Call> calls = new ArrayList<>();
        document.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, op) -> {
            Set<String> roles = requiredRoles(op.asJsonObject());
            if (!roles.isEmpty()) {
                calls.add(apiCall(method.toUpperCase(), path, op.asJsonObject(), roles));
            }
        }));
        Set<String> documented = calls.stream().map(Call::operation).collect(Collectors.toCollection(TreeSet::new));
        Set<String> deployed = DeployedEndpoints.all().stream().filter(e -> e.api() && e.secured())
                .map(DeployedEndpoints.Endpoint::toString).collect(Collectors.toCollection(TreeSet::new));
        assertThat(documented).as("the secured operations of the document are the deployed @RolesAllowed API methods")
                .isNotEmpty().isEqualTo(deployed);

        List<String> failures = run(calls);
        System.out.printf("Access matrix (API): %d secured operations x %d principals (+ no sign-in) = %d calls%n",
                calls.size(), principals.size(), calls.size() * (principals.size() + 1));
        assertThat(failures).as("calls answered against the access rules").isEmpty();
    }

    @Test
    void everyStaffPageSendsStrangersToTheLoginRefusesWrongRolesAndServesTheRightOnes() {
        List<Call> calls = DeployedEndpoints.pages().stream().filter(DeployedEndpoints.Endpoint::secured)
                .map(this::pageCall).toList();
        assertThat(calls).as("role-restricted pages and forms").hasSizeGreaterThan(10);
        List<String> failures = run(calls);
        System.out.printf("Access matrix (pages): %d role-restricted pages and forms x %d principals (+ no sign-in)"
                + " = %d calls%n", calls.size(), principals.size(), calls.size() * (principals.size() + 1));
        assertThat(failures).as("page requests answered against the access rules").isEmpty();
    }

    // ---- the calls ---------------------------------------------------------------------------

    private static Call apiCall(String method, String template, JsonObject op, Set<String> roles) {
        String path = fill(template);
        String contentType = null;
        byte[] body = null;
        if (!"GET".equals(method) && !"DELETE".equals(method)) {
            JsonObject content = op.containsKey("requestBody")
                    ? op.getJsonObject("requestBody").getJsonObject("content") : null;
            if (content != null && content.containsKey("application/json")) {
                contentType = "application/json";
                body = "{}".getBytes(StandardCharsets.UTF_8);
            } else if (content != null && content.keySet().stream().anyMatch(t -> t.startsWith("multipart/"))) {
                contentType = "multipart/form-data; boundary=" + BOUNDARY;
                body = EMPTY_MULTIPART;
            } else if (template.equals(path)) {
                contentType = "application/json";
                body = REFUSED_JSON;
            } else {
                contentType = "application/json";
                body = "{}".getBytes(StandardCharsets.UTF_8);
            }
        }
        // JSON first, yet any type the operation produces (CSV, a workbook): content negotiation runs before access checks.
        return new Call(method + " " + template, method, path, roles, contentType, body, "application/json, */*;q=0.5",
                false);
    }

    private Call pageCall(DeployedEndpoints.Endpoint page) {
        String contentType = null;
        byte[] body = null;
        if (!"GET".equals(page.verb())) {
            if (page.consumes().stream().anyMatch(t -> t.startsWith("multipart/"))) {
                contentType = "multipart/form-data; boundary=" + BOUNDARY;
                body = EMPTY_MULTIPART;
            } else {
                contentType = "application/x-www-form-urlencoded";
                body = "text=matrix".getBytes(StandardCharsets.US_ASCII);
            }
        }
        return new Call(page + " (" + page.declaredBy() + ")", page.verb(), fill(page.path()), page.roles(),
                contentType, body, "text/html,*/*;q=0.8", true);
    }

    /**
     * Path parameters become ids that do not exist; a parameter with a pattern takes its first
     * alternative, or a number no record has when the pattern asks for digits.
     */
    private static String fill(String template) {
        Matcher m = PARAMETER.matcher(template);
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            String pattern = m.group(2);
            String value = pattern == null ? "no-such-" + m.group(1).toLowerCase()
                    : pattern.contains("\\d") ? "999999999" // a number no record has
                    : pattern.replaceAll("[()^$]", "").split("\\|")[0];
            m.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        m.appendTail(path);
        return path.toString();
    }

    private static List<String> run(List<Call> calls) {
        List<String> failures = new ArrayList<>();
        Client stranger = Client.anonymous();
        for (Call call : calls) {
            HttpResponse<String> anonymous = send(stranger, call);
            if (call.page()) {
                String location = anonymous.headers().firstValue("Location").orElse("");
                if (anonymous.statusCode() != 303 || !location.contains("/staff/login")) {
                    failures.add(describe(call, "no sign-in", anonymous, "303 to /staff/login, Location " + location));
                }
            } else if (anonymous.statusCode() != 401) {
                failures.add(describe(call, "no sign-in", anonymous, "401"));
            }
            for (Principal principal : principals) {
                HttpResponse<String> reply = send(principal.client(), call);
                int status = reply.statusCode();
                if (!principal.mayUse(call.roles())) {
                    if (status != 403) {
                        failures.add(describe(call, principal.name() + " " + principal.roles(), reply, "403"));
                    }
                    continue;
                }
                boolean refused = status == 401
                        || status == 403 && !(call.page() && !"GET".equals(call.method()) && reply.body().contains(CSRF_REFUSAL))
                        || call.page() && status == 303
                        && reply.headers().firstValue("Location").orElse("").contains("/staff/login");
                // 503 is a declared answer (the digest while its stream rebalances); other 5xx are failures.
                if (refused || status >= 500 && status != 503) {
                    failures.add(describe(call, principal.name() + " " + principal.roles(), reply,
                            "neither 401 nor 403 nor a server error"));
                }
            }
        }
        return failures;
    }

    private static HttpResponse<String> send(Client client, Call call) {
        return client.send(call.method(), call.path(), call.contentType(), call.body(), call.accept());
    }

    private static String describe(Call call, String who, HttpResponse<String> reply, String expected) {
        String body = reply.body();
        return call.operation() + " as " + who + ": " + reply.statusCode() + ", expected " + expected + " — "
                + (body.length() > 200 ? body.substring(0, 200) : body);
    }

    // ---- the document and the role constants -------------------------------------------------

    /** The roles of an operation's security requirements (the scopes of session and basic alike). */
    private static Set<String> requiredRoles(JsonObject op) {
        Set<String> roles = new TreeSet<>();
        JsonArray security = op.getJsonArray("security");
        if (security != null) {
            security.getValuesAs(JsonObject.class).forEach(requirement -> requirement.values().forEach(
                    scopes -> scopes.asJsonArray().getValuesAs(JsonString.class)
                            .forEach(s -> roles.add(s.getString()))));
        }
        return roles;
    }

    private static Set<String> roleConstants() {
        Set<String> roles = new TreeSet<>();
        for (Field field : Roles.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                try {
                    roles.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        assertThat(roles).hasSizeGreaterThan(5);
        return roles;
    }
}
