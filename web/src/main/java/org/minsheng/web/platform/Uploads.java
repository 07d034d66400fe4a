package org.minsheng.web.platform;

import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.minsheng.intake.api.AttachmentContent;
import org.minsheng.shared.error.FieldError;
import org.minsheng.shared.error.ValidationFailed;

/**
 * Reading an upload form and writing a download: shared by the residents' and the staff's
 * resources, and by other features that take files (interview images).
 */
public final class Uploads {

    public static final String FILE_FIELD = "file";
    public static final String QUERY_CODE_FIELD = "queryCode";
    private static final int MAX_TEXT_FIELD_BYTES = 256;
    /** RFC 5987 attr-char besides letters and digits; everything else is percent-encoded. */
    private static final String ATTR_CHAR_MARKS = "!#$&+-.^_`|~";

    private Uploads() {
    }

    /** The one file of an upload form, with the sender's name and declared type (both untrusted). */
    public record UploadedFile(String fileName, String declaredType, byte[] content) {
    }

    /**
     * Reads the {@code file} part, at most one byte past {@code maxBytes} so that the service can
     * say the file is too large without the part being read to its end.
     */
    public static UploadedFile file(List<EntityPart> parts, long maxBytes) throws IOException {
        return file(parts, FILE_FIELD, maxBytes);
    }

    /** The one file of the part named {@code field}, read as {@link #file(List, long)} reads it. */
    public static UploadedFile file(List<EntityPart> parts, String field, long maxBytes) throws IOException {
        List<EntityPart> files = named(parts, field);
        if (files.size() != 1) {
            throw new ValidationFailed(List.of(files.isEmpty()
                    ? new FieldError(field, "请选择要上传的文件", "Choose a file to upload")
                    : new FieldError(field, "一次只能上传一个文件", "Upload one file at a time")));
        }
        EntityPart part = files.get(0);
        byte[] content;
        try (InputStream in = part.getContent()) {
            content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        }
        return new UploadedFile(part.getFileName().orElse(null), declaredType(part), content);
    }

    /** A short text field, or null when absent or not valid UTF-8. */
    public static String text(List<EntityPart> parts, String name) throws IOException {
        return text(parts, name, MAX_TEXT_FIELD_BYTES);
    }

    /** A text field of at most {@code maxBytes} (more is cut off), or null when absent or not valid UTF-8. */
    public static String text(List<EntityPart> parts, String name, int maxBytes) throws IOException {
        List<EntityPart> matching = named(parts, name);
        if (matching.isEmpty()) {
            return null;
        }
        byte[] bytes;
        try (InputStream in = matching.get(0).getContent()) {
            bytes = in.readNBytes(maxBytes);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString().strip();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * The part's own Content-Type header, or null when it has none: a part without one claims
     * nothing (a parser's text/plain default must not count as a claim against the content).
     */
    private static String declaredType(EntityPart part) {
        for (Map.Entry<String, List<String>> header : part.getHeaders().entrySet()) {
            if ("Content-Type".equalsIgnoreCase(header.getKey()) && !header.getValue().isEmpty()) {
                return header.getValue().get(0);
            }
        }
        return null;
    }

    /** Whether the form has a {@code file} part with a chosen file (browsers send an empty one otherwise). */
    public static boolean hasFile(List<EntityPart> parts) {
        return hasFile(parts, FILE_FIELD);
    }

    /** Whether the part named {@code field} carries a chosen file. */
    public static boolean hasFile(List<EntityPart> parts, String field) {
        return named(parts, field).stream().anyMatch(p -> p.getFileName().filter(n -> !n.isBlank()).isPresent());
    }

    private static List<EntityPart> named(List<EntityPart> parts, String name) {
        return parts == null ? List.of() : parts.stream().filter(p -> name.equals(p.getName())).toList();
    }

    /**
     * The stored bytes as a download that a browser saves rather than shows: the type found in the
     * content, no sniffing, and a sandbox in case a browser renders it anyway.
     */
    public static Response download(AttachmentContent file) {
        return Response.ok(file.content(), file.info().contentType())
                .header("Content-Disposition", contentDisposition(file.info().fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox")
                .header("Cache-Control", "private, no-store")
                .build();
    }

    /** An ASCII fallback name for old clients and the real name encoded as RFC 5987 describes. */
    static String contentDisposition(String fileName) {
        StringBuilder fallback = new StringBuilder();
        StringBuilder encoded = new StringBuilder();
        for (char c : fileName.toCharArray()) {
            fallback.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '%' ? c : '_');
        }
        for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || ATTR_CHAR_MARKS.indexOf(c) >= 0)) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(String.format(java.util.Locale.ROOT, "%02X", c));
            }
        }
        return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" + encoded;
    }
}
