package org.minsheng.web.platform;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.ConfigProvider;
import org.minsheng.intake.api.Attachments;

/**
 * Multipart request bodies (file uploads) are read at most to the file limit plus room for the
 * form's other fields and part headers; a larger one is refused with 413 before the multipart
 * parser sees it, so an upload cannot make the server buffer without bound. A multipart body
 * without a usable boundary is refused with 400: the parser could not split it.
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class MultipartBodyGuard implements ContainerRequestFilter {

    /** Part headers, the query-code field and boundaries. */
    static final int FORM_OVERHEAD = 64 * 1024;
    /** RFC 2046: a boundary has 1 to 70 characters. */
    private static final int MAX_BOUNDARY_LENGTH = 70;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        MediaType type = request.getMediaType();
        if (!request.hasEntity() || type == null || !"multipart".equalsIgnoreCase(type.getType())) {
            return;
        }
        String path = request.getUriInfo().getPath();
        String boundary = type.getParameters().get("boundary");
        if (boundary == null || boundary.isEmpty() || boundary.length() > MAX_BOUNDARY_LENGTH) {
            request.abortWith(Problems.of(400, "malformed", "上传请求格式不正确（缺少有效的 multipart 分隔符）",
                    "Malformed upload: the multipart body has no valid boundary", path, null));
            return;
        }
        long limit = maxFileBytes() + FORM_OVERHEAD;
        if (request.getLength() > limit) {
            request.abortWith(tooLarge(limit, path));
            return;
        }
        byte[] body;
        try (InputStream in = request.getEntityStream()) {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        }
        if (body.length > limit) {
            request.abortWith(tooLarge(limit, path));
            return;
        }
        request.setEntityStream(new ByteArrayInputStream(body));
    }

    private static jakarta.ws.rs.core.Response tooLarge(long limit, String path) {
        long megabytes = Math.max(1, (limit - FORM_OVERHEAD) / (1024 * 1024));
        return Problems.of(413, "too-large", "上传内容过大（每个文件上限 " + megabytes + " MB）",
                "The upload is too large (limit " + megabytes + " MB per file)", path, null);
    }

    /** The same setting the attachment service applies to each file. */
    private static long maxFileBytes() {
        return ConfigProvider.getConfig().getOptionalValue(Attachments.MAX_BYTES_PROPERTY, Long.class)
                .filter(max -> max > 0).orElse(Attachments.DEFAULT_MAX_BYTES);
    }
}
