package org.minsheng.web.platform;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.minsheng.shared.error.FieldError;

/**
 * An RFC 9457 problem document. {@code title} and {@code detail} are in Chinese, their English
 * versions in {@code title_en}/{@code detail_en}; {@code errors} lists invalid fields.
 */
@Schema(name = "Problem", description = "An RFC 9457 problem document (application/problem+json): title and detail in"
        + " Chinese, title_en and detail_en in English, and for a 422 the invalid fields in errors.",
        requiredProperties = {"type", "title", "status"},
        properties = {
                @SchemaProperty(name = "type", description = "The problem type, /problems/ and a slug: validation,"
                        + " malformed, unauthorized, forbidden, not-found, conflict, too-large, unsupported-media-type,"
                        + " too-many-requests, unavailable, method-not-allowed, bad-request or internal",
                        example = "/problems/validation"),
                @SchemaProperty(name = "title", description = "What went wrong, in Chinese",
                        example = "提交的内容有误，请检查标出的项目"),
                @SchemaProperty(name = "title_en", description = "The title in English",
                        example = "The submission has invalid fields"),
                @SchemaProperty(name = "status", description = "The HTTP status code", minimum = "400",
                        maximum = "599", example = "422"),
                @SchemaProperty(name = "detail", description = "This occurrence explained, in Chinese",
                        example = "提交的内容有误，请检查标出的项目"),
                @SchemaProperty(name = "detail_en", description = "The detail in English",
                        example = "The submission has invalid fields"),
                @SchemaProperty(name = "instance", description = "The path of the request",
                        example = "/api/submissions"),
                @SchemaProperty(name = "errors", description = "Every invalid field; present on validation problems"
                        + " only")})
public record Problem(String type, String title, String title_en, int status, String detail, String detail_en,
                      String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static String typeUri(String slug) {
        return "/problems/" + slug;
    }
}
