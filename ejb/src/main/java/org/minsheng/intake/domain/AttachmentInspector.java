package org.minsheng.intake.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.minsheng.shared.error.FieldError;
import org.minsheng.shared.error.TooLarge;
import org.minsheng.shared.error.ValidationFailed;

/**
 * Decides what an uploaded file really is from its bytes — never from its name or the type the
 * sender declared, both of which the sender chooses — and prepares it for storage. JPEG, PNG and
 * PDF are accepted; a declared type or a file-name extension that contradicts the content is
 * refused, because a file that lies about itself is either broken or an attempt to smuggle one
 * kind of content past a check for another.
 */
public final class AttachmentInspector {

    /** The default size limit per file: 5 MiB. */
    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

    private final long maxBytes;

    public AttachmentInspector(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /**
     * @param fileName     the name the sender gave, for display only (may be null)
     * @param declaredType the media type the sender declared (may be null)
     */
    public InspectedFile inspect(String fileName, String declaredType, byte[] content) {
        if (content == null || content.length == 0) {
            throw new ValidationFailed(List.of(new FieldError("file", "文件为空", "The file is empty")));
        }
        if (content.length > maxBytes) {
            throw new TooLarge("文件超过 " + sizeLabel(maxBytes) + " 的上限",
                    "The file is larger than the limit of " + sizeLabel(maxBytes));
        }
        AttachmentType type = sniff(content);
        checkDeclaredType(declaredType, type);
        String name = displayName(fileName, type);
        byte[] stored = switch (type) {
            case JPEG -> JpegMetadata.strip(content);
            case PNG -> PngMetadata.strip(content);
            case PDF -> {
                PdfScreen.check(content);
                yield content;
            }
        };
        return new InspectedFile(type, stored, sha256(stored), name);
    }

    /** The accepted type the content starts as; anything else is named in the refusal when recognised. */
    static AttachmentType sniff(byte[] content) {
        if (JpegMetadata.looksLikeJpeg(content)) {
            return AttachmentType.JPEG;
        }
        if (PngMetadata.looksLikePng(content)) {
            return AttachmentType.PNG;
        }
        if (PdfScreen.looksLikePdf(content)) {
            return AttachmentType.PDF;
        }
        throw refusedKind(content);
    }

    private static RuntimeException refusedKind(byte[] content) {
        if (startsWith(content, "GIF87a") || startsWith(content, "GIF89a")) {
            return Refusal.notAccepted(" GIF 图片", "a GIF image");
        }
        if (startsWith(content, "PK\u0003\u0004") || startsWith(content, "PK\u0005\u0006")
                || startsWith(content, "Rar!") || startsWith(content, "7z\u00BC\u00AF\u0027\u001C")) {
            return Refusal.notAccepted("压缩包", "an archive");
        }
        if (startsWith(content, "MZ") || startsWith(content, "\u007FELF") || startsWith(content, "#!")
                || startsWith(content, "\u00CA\u00FE\u00BA\u00BE") || startsWith(content, "\u00CF\u00FA\u00ED\u00FE")) {
            return Refusal.notAccepted("可执行程序", "a program");
        }
        if (startsWithMarkup(content)) {
            return Refusal.notAccepted("网页、SVG 或 XML 文档", "a web page, SVG or XML document");
        }
        return Refusal.notAccepted("无法识别的格式", "an unrecognised format");
    }

    private static void checkDeclaredType(String declaredType, AttachmentType actual) {
        if (declaredType == null || declaredType.isBlank()) {
            return;
        }
        String name = declaredType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        // Clients that do not know a file's type send the generic binary type: that claims nothing.
        if (name.equals("application/octet-stream") || actual.isNamedBy(name)) {
            return;
        }
        throw Refusal.refused("声明的文件类型（" + name + "）与文件内容（" + actual.labelZh() + "）不符",
                "The declared type (" + name + ") does not match the content (" + actual.labelEn() + ")");
    }

    /** The cleaned name; one without an extension gets the type's, one with another type's extension is refused. */
    private static String displayName(String fileName, AttachmentType type) {
        String name = DisplayFileName.sanitise(fileName);
        if (name.isEmpty()) {
            return "attachment." + type.extension();
        }
        Optional<String> extension = DisplayFileName.extensionOf(name);
        if (extension.isEmpty()) {
            return DisplayFileName.sanitise(name + "." + type.extension());
        }
        if (!type.hasExtension(extension.get())) {
            throw Refusal.refused("文件扩展名（." + extension.get() + "）与文件内容（" + type.labelZh() + "）不符",
                    "The file extension (." + extension.get() + ") does not match the content (" + type.labelEn() + ")");
        }
        return name;
    }

    private static boolean startsWith(byte[] content, String prefix) {
        byte[] expected = prefix.getBytes(StandardCharsets.ISO_8859_1);
        if (content.length < expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if (content[i] != expected[i]) {
                return false;
            }
        }
        return true;
    }

    /** HTML, SVG and XML start with '<', possibly after a byte-order mark and white space. */
    private static boolean startsWithMarkup(byte[] content) {
        int i = startsWith(content, "\u00EF\u00BB\u00BF") ? 3 : 0;
        while (i < content.length && Character.isWhitespace(content[i])) {
            i++;
        }
        return i < content.length && content[i] == '<';
    }

    static String sizeLabel(long bytes) {
        if (bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes % 1024 == 0) {
            return bytes / 1024 + " KB";
        }
        return bytes + " B";
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
