package org.minsheng.web.platform;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * The names the OpenAPI document shares (feature tags, security schemes, problem responses) and
 * the responses that every operation of a kind can give because of the platform, not of its own
 * code: {@link org.minsheng.web.platform.security.AccessFilter} answers 401/403 before any
 * signed-in-only operation runs, {@link JsonBodyGuard} and {@link MultipartBodyGuard} refuse bodies
 * that are malformed or too large, {@link UnexpectedExceptionMapper} turns a wrong content type
 * into 415, an {@code Accept} that excludes JSON into 406 and any other failure into 500; and since
 * the authentication mechanism takes HTTP Basic credentials on every request, an operation that
 * accepts the session accepts Basic for the same roles; an operation that takes an
 * {@code Idempotency-Key} ({@link Idempotent}) can answer 409 and 422 because of it. The server
 * applies this filter to the scanned document ({@code mp.openapi.filter}); responses an operation
 * declares itself are kept.
 */
public class OpenApiConventions implements OASFilter {

    public static final String CASES = "cases";
    public static final String INTAKE = "intake";
    public static final String INTERVIEW = "interview";
    public static final String IDENTITY = "identity";
    public static final String SITE = "site";
    public static final String CALENDAR = "calendar";
    public static final String NOTIFICATION = "notification";
    public static final String NLP = "nlp";
    public static final String INTEGRITY = "integrity";
    public static final String NEWS = "news";
    public static final String GUIDE = "guide";
    public static final String DISCLOSURE = "disclosure";
    public static final String DIGEST = "digest";
    public static final String AUDIT = "audit";
    public static final String HEALTH = "health";
    public static final String SEARCH = "search";
    public static final String POLL = "poll";
    public static final String HEARING = "hearing";

    /** The HTTP session cookie after a sign-in. */
    public static final String SESSION = "session";
    /** HTTP Basic credentials on each request. */
    public static final String BASIC = "basic";

    public static final String BAD_REQUEST = "BadRequest";
    public static final String UNAUTHORIZED = "Unauthorized";
    public static final String FORBIDDEN = "Forbidden";
    public static final String NOT_FOUND = "NotFound";
    public static final String NOT_ACCEPTABLE = "NotAcceptable";
    public static final String CONFLICT = "Conflict";
    public static final String TOO_LARGE = "TooLarge";
    public static final String UNSUPPORTED_MEDIA_TYPE = "UnsupportedMediaType";
    public static final String VALIDATION_FAILED = "ValidationFailed";
    public static final String TOO_MANY_REQUESTS = "TooManyRequests";
    public static final String SERVER_ERROR = "ServerError";
    public static final String UNAVAILABLE = "Unavailable";

    /** The request header of {@link Idempotent} operations, documented on each with {@code @Parameter}. */
    public static final String IDEMPOTENCY_KEY = IdempotencyKeys.HEADER;
    public static final String IDEMPOTENCY_KEY_NOTE = "Optional (draft-ietf-httpapi-idempotency-key-header): a key"
            + " the client makes up for this request, 1 to 255 printable ASCII characters, e.g. a random UUID, bare or"
            + " as a quoted string. A retry with the same key and the same request (path, content type and body) gets"
            + " the first answer again (status, body, Location) with Idempotent-Replayed: true, and nothing is done"
            + " twice; while the first is still running a retry waits up to 10 s for its answer, else 409 with"
            + " Retry-After. The same key with a different request is 422 (field Idempotency-Key). Keys are kept 24"
            + " hours, per operation and caller; 5xx, 408, 409, 425 and 429 answers are not kept, so their retry runs"
            + " again.";

    private static final String ROLES_NOTE = "Roles allowed: ";

    @Override
    public Operation filterOperation(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        List<SecurityRequirement> security = operation.getSecurity();
        if (security != null && !security.isEmpty()) {
            acceptBasicWhereSessionIs(operation, security);
            addIfAbsent(responses, "401", UNAUTHORIZED);
            addIfAbsent(responses, "403", FORBIDDEN);
            noteRoles(operation, security);
        }
        if (operation.getRequestBody() != null) {
            addIfAbsent(responses, "400", BAD_REQUEST);
            addIfAbsent(responses, "413", TOO_LARGE);
            addIfAbsent(responses, "415", UNSUPPORTED_MEDIA_TYPE);
        }
        if (takesIdempotencyKey(operation)) {
            addIfAbsent(responses, "409", CONFLICT);
            addIfAbsent(responses, "422", VALIDATION_FAILED);
        }
        if (answersJson(responses)) {
            addIfAbsent(responses, "406", NOT_ACCEPTABLE);
        }
        addIfAbsent(responses, "500", SERVER_ERROR);
        return operation;
    }

    /** The key's retry may wait and get 409 (still running), and a reused key is 422, whatever the operation does. */
    private static boolean takesIdempotencyKey(Operation operation) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER && IDEMPOTENCY_KEY.equalsIgnoreCase(p.getName()));
    }

    /** A success with a JSON body: its resource method {@code @Produces} JSON, so RESTEasy checks Accept. */
    private static boolean answersJson(APIResponses responses) {
        return responses.getAPIResponses().entrySet().stream()
                .filter(e -> e.getKey().startsWith("2"))
                .map(e -> e.getValue().getContent())
                .anyMatch(c -> c != null && c.getMediaTypes() != null
                        && c.getMediaTypes().containsKey(jakarta.ws.rs.core.MediaType.APPLICATION_JSON));
    }

    private static void addIfAbsent(APIResponses responses, String code, String name) {
        if (!responses.hasAPIResponse(code)) {
            APIResponse ref = OASFactory.createAPIResponse().ref(name);
            responses.addAPIResponse(code, ref);
        }
    }

    /**
     * The authentication mechanism takes HTTP Basic credentials on any request, so every operation
     * that accepts the session also accepts Basic for the same roles: annotations name the session.
     */
    private static void acceptBasicWhereSessionIs(Operation operation, List<SecurityRequirement> security) {
        boolean basic = security.stream().anyMatch(r -> r.hasScheme(BASIC));
        security.stream().filter(r -> r.hasScheme(SESSION)).findFirst().filter(r -> !basic)
                .ifPresent(session -> operation.addSecurityRequirement(OASFactory.createSecurityRequirement()
                        .addScheme(BASIC, List.copyOf(session.getScheme(SESSION)))));
    }

    /** The roles of the security requirements, in the operation's description for human readers. */
    private static void noteRoles(Operation operation, List<SecurityRequirement> security) {
        String roles = security.stream()
                .map(SecurityRequirement::getSchemes)
                .filter(Objects::nonNull)
                .flatMap(schemes -> schemes.values().stream())
                .filter(Objects::nonNull)
                .flatMap(List::stream)
                .distinct()
                .collect(Collectors.joining(", "));
        String description = operation.getDescription();
        if (roles.isEmpty() || description != null && description.contains(ROLES_NOTE)) {
            return;
        }
        String note = ROLES_NOTE + roles + ".";
        operation.setDescription(description == null || description.isBlank() ? note : description + "\n\n" + note);
    }
}
