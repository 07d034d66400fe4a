package org.minsheng.web.platform;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.minsheng.shared.error.BusinessException;
import org.minsheng.shared.error.ValidationFailed;

/** Maps every business error to its problem type and status. */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(BusinessException e) {
        return respond(e, uri.getPath());
    }

    static Response respond(BusinessException e, String path) {
        return Problems.of(statusOf(e), e.type(), e.titleZh(), e.titleEn(), path,
                e instanceof ValidationFailed v ? v.errors() : null);
    }

    /** The HTTP status of a business error, also for pages that show the error themselves. */
    public static int statusOf(BusinessException e) {
        return switch (e.type()) {
            case "validation" -> 422;
            case "not-found" -> 404;
            case "conflict" -> 409;
            case "forbidden" -> 403;
            case "unavailable" -> 503;
            case "too-many-requests" -> 429;
            case "too-large" -> 413;
            case "unsupported-media-type" -> 415;
            default -> 400;
        };
    }
}
