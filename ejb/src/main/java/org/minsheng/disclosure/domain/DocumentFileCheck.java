package org.minsheng.disclosure.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.minsheng.shared.error.TooLarge;
import org.minsheng.shared.error.UnsupportedType;
import org.minsheng.shared.error.ValidationFailed;
import org.minsheng.shared.error.FieldError;

/**
 * What a document's attachment really is, decided from its bytes: PDF, OFD (the national fixed
 * layout format, a ZIP package with an {@code OFD.xml}), JPEG or PNG. A file-name extension or a
 * declared type that contradicts the content is refused, as is a PDF that carries scripts or
 * launch actions.
 */
public final class DocumentFileCheck {

    private static final String[] PDF_ACTIVE = {"/JavaScript", "/JS", "/Launch", "/EmbeddedFile", "/RichMedia"};

    /** The kinds accepted, with their content type and the file-name extensions that fit them. */
    public enum Kind {
        PDF("application/pdf", "pdf"),
        OFD("application/ofd", "ofd"),
        JPEG("image/jpeg", "jpg", "jpeg"),
        PNG("image/png", "png");

        private final String contentType;
        private final String[] extensions;

        Kind(String contentType, String... extensions) {
            this.contentType = contentType;
            this.extensions = extensions;
        }

        public String contentType() {
            return contentType;
        }

        public boolean image() {
            return this == JPEG || this == PNG;
        }
    }

    private DocumentFileCheck() {
    }

    public static Kind inspect(String fileName, String declaredType, byte[] content, long maxBytes) {
        if (fileName == null || fileName.isBlank() || fileName.length() > 200) {
            throw new ValidationFailed(java.util.List.of(new FieldError("file", "文件名不能为空且不能超过200个字",
                    "The file name is required and at most 200 characters")));
        }
        if (content.length > maxBytes) {
            long megabytes = Math.max(1, maxBytes / (1024 * 1024));
            throw new TooLarge("文件超过" + megabytes + "MB", "The file is larger than " + megabytes + " MB");
        }
        Kind kind = sniff(content);
        if (kind == null) {
            throw new UnsupportedType("只接受PDF、OFD、JPEG或PNG文件", "Only PDF, OFD, JPEG or PNG files are accepted");
        }
        String extension = fileName.contains(".")
                ? fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        String declared = declaredType == null ? null : declaredType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        boolean extensionFits = Arrays.asList(kind.extensions).contains(extension);
        boolean declaredFits = declared == null || declared.equals(kind.contentType)
                || declared.equals("application/octet-stream");
        if (!extensionFits || !declaredFits) {
            throw new UnsupportedType("文件的名称或类型与其内容不符", "The file's name or type does not match its content");
        }
        if (kind == Kind.PDF && hasActiveContent(content)) {
            throw new UnsupportedType("PDF文件含有脚本或可执行内容", "The PDF contains scripts or executable content");
        }
        return kind;
    }

    static Kind sniff(byte[] c) {
        if (startsWith(c, "%PDF-".getBytes(StandardCharsets.US_ASCII)) && tailHas(c, "%%EOF")) {
            return Kind.PDF;
        }
        if (startsWith(c, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Kind.JPEG;
        }
        if (startsWith(c, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})) {
            return Kind.PNG;
        }
        if (startsWith(c, new byte[] {'P', 'K', 3, 4}) && isOfdPackage(c)) {
            return Kind.OFD;
        }
        return null;
    }

    private static boolean isOfdPackage(byte[] content) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("OFD.xml")) {
                    return true;
                }
            }
            return false;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean hasActiveContent(byte[] content) {
        String text = new String(content, StandardCharsets.ISO_8859_1);
        return Arrays.stream(PDF_ACTIVE).anyMatch(token -> {
            int at = text.indexOf(token);
            while (at >= 0) {
                int next = at + token.length();
                // "/JS" must be a whole name, not the start of "/JSomething".
                if (next >= text.length() || !Character.isLetterOrDigit(text.charAt(next))) {
                    return true;
                }
                at = text.indexOf(token, next);
            }
            return false;
        });
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static boolean tailHas(byte[] content, String marker) {
        int from = Math.max(0, content.length - 1024);
        return new String(content, from, content.length - from, StandardCharsets.ISO_8859_1).contains(marker);
    }
}
