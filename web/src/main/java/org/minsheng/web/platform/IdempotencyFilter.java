package org.minsheng.web.platform;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.security.Principal;
import java.util.Optional;
import org.minsheng.shared.error.ValidationFailed;
import org.minsheng.shared.idempotency.Claim;
import org.minsheng.shared.idempotency.IdempotencyStore;
import org.minsheng.shared.idempotency.IdempotentRequest;
import org.minsheng.shared.idempotency.StoredResponse;

/**
 * The first half of {@code Idempotency-Key} on an {@link Idempotent} operation: before the resource
 * runs, claim the key in the database. The request that inserts the record does the work (and
 * {@link IdempotencyRecorder} stores its answer); a retry of an answered request gets that answer,
 * marked {@code Idempotent-Replayed: true}; the same key on a different request is a 422. A retry
 * that arrives while the first is still running waits for its answer up to {@link #WAIT_MILLIS}
 * (polling the database, so it works across nodes); if there is none by then it gets 409 with
 * {@code Retry-After}. Requests without the header pass untouched.
 *
 * <p>Runs after authentication and the body guards, so the body it hashes is bounded and valid.
 */
@Provider
@Idempotent
@Priority(Priorities.USER)
public class IdempotencyFilter implements ContainerRequestFilter {

    /** The request property holding the acquired claim, for {@link IdempotencyRecorder}. */
    static final String CLAIM = IdempotencyFilter.class.getName() + ".claim";
    static final String REPLAYED_HEADER = "Idempotent-Replayed";
    /** How long a retry waits for the first request's answer; the first normally answers in well under a second. */
    static final long WAIT_MILLIS = 10_000;
    private static final long FIRST_POLL_MILLIS = 10;
    private static final long MAX_POLL_MILLIS = 250;

    @Context
    ResourceInfo resource;

    @Inject
    IdempotencyStore store;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String path = request.getUriInfo().getPath();
        Optional<String> key;
        try {
            key = IdempotencyKeys.parse(request.getHeaders().get(IdempotencyKeys.HEADER));
        } catch (ValidationFailed e) {
            request.abortWith(BusinessExceptionMapper.respond(e, path));
            return;
        }
        if (key.isEmpty()) {
            return;
        }
        byte[] body = new byte[0];
        if (request.hasEntity()) {
            try (InputStream in = request.getEntityStream()) {
                body = in.readAllBytes(); // bounded: the body guards ran first
            }
            request.setEntityStream(new ByteArrayInputStream(body));
        }
        URI uri = request.getUriInfo().getRequestUri();
        String pathAndQuery = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        Principal principal = request.getSecurityContext().getUserPrincipal();
        IdempotentRequest idempotent = new IdempotentRequest(
                endpoint(request.getMethod(), classPath(resource.getResourceClass()),
                        resource.getResourceMethod().getAnnotation(Path.class)),
                principal == null ? "" : principal.getName(), key.get(),
                RequestFingerprint.of(request.getMethod(), pathAndQuery, request.getMediaType(), body));
        claim(request, idempotent, path);
    }

    private void claim(ContainerRequestContext request, IdempotentRequest idempotent, String path) {
        long deadline = System.nanoTime() + WAIT_MILLIS * 1_000_000;
        long pause = FIRST_POLL_MILLIS;
        while (true) {
            Claim claim = store.claim(idempotent);
            if (claim instanceof Claim.Acquired acquired) {
                request.setProperty(CLAIM, acquired);
                return;
            }
            if (claim instanceof Claim.Completed completed) {
                request.abortWith(replay(completed.response(), request.getUriInfo().getBaseUri()));
                return;
            }
            if (claim instanceof Claim.Mismatch) {
                request.abortWith(BusinessExceptionMapper.respond(IdempotencyKeys.invalid(
                        "该 Idempotency-Key 已用于另一个不同的请求；新的请求请使用新的键",
                        "This Idempotency-Key was used for a different request; use a new key for a new request"), path));
                return;
            }
            // In progress elsewhere: wait for its answer, backing off, up to the deadline.
            if (System.nanoTime() + pause * 1_000_000 > deadline || !pause(pause)) {
                request.abortWith(stillRunning(path));
                return;
            }
            pause = Math.min(pause * 2, MAX_POLL_MILLIS);
        }
    }

    private static boolean pause(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The class's {@code @Path}, also when the class seen is a container's subclass (a proxy) of the resource. */
    static Path classPath(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            Path path = c.getAnnotation(Path.class);
            if (path != null) {
                return path;
            }
        }
        return null;
    }

    /** "POST /api/cases/{trackingNumber}/rating": the method and the path template, whatever the values. */
    static String endpoint(String method, Path classPath, Path methodPath) {
        String template = ("/" + (classPath == null ? "" : classPath.value()) + "/"
                + (methodPath == null ? "" : methodPath.value())).replaceAll("/+", "/");
        if (template.length() > 1 && template.endsWith("/")) {
            template = template.substring(0, template.length() - 1);
        }
        return method + " " + template;
    }

    /** The first answer again: status, type, body and Location (resolved against this request's base). */
    static Response replay(StoredResponse stored, URI base) {
        byte[] body = stored.body();
        Response.ResponseBuilder answer = Response.status(stored.status()).header(REPLAYED_HEADER, "true");
        if (body.length > 0) {
            answer.entity(body);
        }
        if (stored.contentType() != null) {
            answer.header(HttpHeaders.CONTENT_TYPE, stored.contentType());
        }
        if (stored.location() != null) {
            answer.location(base.resolve(stored.location()));
        }
        return answer.build();
    }

    private static Response stillRunning(String path) {
        return Response.fromResponse(Problems.of(409, "conflict", "相同的请求仍在处理中，请稍后用同一个键重试",
                        "The same request is still being processed; retry with the same key shortly", path, null))
                .header(HttpHeaders.RETRY_AFTER, "1").build();
    }
}
