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
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * JSON request bodies must be valid UTF-8 and at most 256 KiB: anything else is refused with a
 * problem before a parser could silently replace broken bytes or read without bound.
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class JsonBodyGuard implements ContainerRequestFilter {

    static final int MAX_BYTES = 256 * 1024;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        MediaType type = request.getMediaType();
        if (!request.hasEntity() || type == null || !type.getSubtype().endsWith("json")) {
            return;
        }
        String path = request.getUriInfo().getPath();
        byte[] body;
        try (InputStream in = request.getEntityStream()) {
            body = in.readNBytes(MAX_BYTES + 1);
        }
        if (body.length > MAX_BYTES) {
            request.abortWith(Problems.of(413, "too-large", "请求内容过大（上限 256 KB）",
                    "The request body is too large (limit 256 KB)", path, null));
            return;
        }
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body));
        } catch (CharacterCodingException e) {
            request.abortWith(Problems.of(400, "malformed", "请求内容不是有效的 UTF-8 编码",
                    "The request body is not valid UTF-8", path, null));
            return;
        }
        request.setEntityStream(new ByteArrayInputStream(body));
    }
}
