package org.minsheng.web.platform;

import java.util.List;
import org.minsheng.shared.error.FieldError;

/**
 * An RFC 9457 problem document. {@code title} and {@code detail} are in Chinese, their English
 * versions in {@code title_en}/{@code detail_en}; {@code errors} lists invalid fields.
 */
public record Problem(String type, String title, String title_en, int status, String detail, String detail_en,
                      String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static String typeUri(String slug) {
        return "/problems/" + slug;
    }
}
