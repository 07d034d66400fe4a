package org.minsheng.intake.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.minsheng.shared.i18n.Label;
import org.minsheng.shared.i18n.Labelled;

/** The kinds of file residents and staff may attach, with the media types and extensions that name them. */
public enum AttachmentType implements Labelled {
    JPEG("image/jpeg", "JPEG 图片", "JPEG image", "jpg", Set.of("image/jpeg", "image/jpg", "image/pjpeg"),
            Set.of("jpg", "jpeg", "jpe", "jfif")),
    PNG("image/png", "PNG 图片", "PNG image", "png", Set.of("image/png", "image/x-png"), Set.of("png")),
    PDF("application/pdf", "PDF 文件", "PDF file", "pdf", Set.of("application/pdf", "application/x-pdf"), Set.of("pdf"));

    private final String mediaType;
    private final Label label;
    private final String extension;
    private final Set<String> mediaTypeAliases;
    private final Set<String> extensions;

    AttachmentType(String mediaType, String labelZh, String labelEn, String extension, Set<String> mediaTypeAliases,
                   Set<String> extensions) {
        this.mediaType = mediaType;
        this.label = new Label(labelZh, labelEn);
        this.extension = extension;
        this.mediaTypeAliases = mediaTypeAliases;
        this.extensions = extensions;
    }

    /** The media type sent with downloads. */
    public String mediaType() {
        return mediaType;
    }

    /** The extension given to a file name that has none. */
    public String extension() {
        return extension;
    }

    public boolean isNamedBy(String mediaTypeName) {
        return mediaTypeAliases.contains(mediaTypeName);
    }

    public boolean hasExtension(String candidate) {
        return extensions.contains(candidate.toLowerCase(Locale.ROOT));
    }

    /** The type whose media type (or a common alias of it) is given. */
    public static Optional<AttachmentType> ofMediaType(String mediaTypeName) {
        for (AttachmentType type : values()) {
            if (type.isNamedBy(mediaTypeName)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    @Override
    public Label label() {
        return label;
    }
}
