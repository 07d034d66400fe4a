package org.minsheng.disclosure.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The answer to an application: its type ({@code ALREADY_PUBLIC} with {@code location},
 * {@code PROVIDED}, {@code PARTLY_PROVIDED} and {@code NOT_PROVIDED} with {@code reason},
 * {@code DOES_NOT_EXIST}, {@code OTHER_BODY} with {@code otherBody}, {@code REPEATED},
 * {@code NOT_AN_INFORMATION_REQUEST}) and the letter's text.
 */
@Schema(name = "InformationRequestAnswer", description = "The answer to an application",
        requiredProperties = {"version", "type"})
public record RequestAnswer(Long version, String type, String reason, String text, String location,
                            String otherBody) {
}
