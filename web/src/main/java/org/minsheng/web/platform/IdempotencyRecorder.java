package org.minsheng.web.platform;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.minsheng.shared.idempotency.Claim;
import org.minsheng.shared.idempotency.IdempotencyStore;
import org.minsheng.shared.idempotency.StoredResponse;

/**
 * The second half of {@code Idempotency-Key}: once the request that holds the key is answered,
 * store the answer exactly as it is sent (the body as written, after every other response filter)
 * before the client can read it, so a retry that follows the answer finds it. An answer that says
 * "try again" is not kept: the key is released so that the retry runs again ({@link #keeps}).
 *
 * <p>A low priority: response filters run in descending order, so this one runs last; writer
 * interceptors in ascending order, so this one wraps the others.
 */
@Provider
@Idempotent
@Priority(Priorities.HEADER_DECORATOR)
public class IdempotencyRecorder implements ContainerResponseFilter, WriterInterceptor {

    private static final Logger LOG = Logger.getLogger(IdempotencyRecorder.class.getName());
    private static final String ANSWER = IdempotencyRecorder.class.getName() + ".answer";

    private record Answer(Claim.Acquired claim, int status, String location) {
    }

    @Inject
    IdempotencyStore store;

    /**
     * Which answers a retry gets again. Success and the client's own errors (a validation 422, a
     * wrong code's 404) are final. Server errors (5xx) and the answers that depend on the moment,
     * not on the request (408 timeout, 409 the case's state or a concurrent edit, 425, 429 too many
     * requests), release the key instead.
     */
    static boolean keeps(int status) {
        return status < 500 && status != 408 && status != 409 && status != 425 && status != 429;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(IdempotencyFilter.CLAIM) instanceof Claim.Acquired claim)) {
            return; // no key, or a replay or refusal by the filter
        }
        request.removeProperty(IdempotencyFilter.CLAIM);
        int status = response.getStatus();
        if (!keeps(status)) {
            release(claim);
            return;
        }
        String location = relative(response.getLocation(), request.getUriInfo().getBaseUri());
        if (!response.hasEntity()) {
            complete(claim, new StoredResponse(status, null, location, null));
            return;
        }
        request.setProperty(ANSWER, new Answer(claim, status, location));
    }

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        if (!(context.getProperty(ANSWER) instanceof Answer answer)) {
            context.proceed();
            return;
        }
        context.removeProperty(ANSWER);
        OutputStream out = context.getOutputStream();
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        context.setOutputStream(buffer);
        try {
            context.proceed();
        } catch (IOException | RuntimeException e) {
            release(answer.claim());
            throw e;
        } finally {
            context.setOutputStream(out);
        }
        byte[] body = buffer.toByteArray();
        MediaType type = context.getMediaType();
        complete(answer.claim(), new StoredResponse(answer.status(), type == null ? null : type.toString(),
                answer.location(), body));
        out.write(body);
    }

    /** A Location under the application is kept relative to it, so a replay points at the node it is served by. */
    static String relative(URI location, URI base) {
        if (location == null) {
            return null;
        }
        String absolute = location.toString();
        String prefix = base.toString();
        return absolute.startsWith(prefix) ? absolute.substring(prefix.length()) : absolute;
    }

    private void complete(Claim.Acquired claim, StoredResponse response) {
        try {
            store.complete(claim, response);
        } catch (RuntimeException e) {
            // The answer still goes out; the record stays in progress until its lease ends.
            LOG.log(Level.WARNING, "Could not store the answer of an idempotent request", e);
        }
    }

    private void release(Claim.Acquired claim) {
        try {
            store.release(claim);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not release an idempotency key; it frees itself when its lease ends", e);
        }
    }
}
