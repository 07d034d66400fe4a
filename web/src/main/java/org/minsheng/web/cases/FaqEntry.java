package org.minsheng.web.cases;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/** An FAQ entry from an answered consultation: {@code {question, answer}}, both optional. */
@Schema(name = "FaqEntry", description = "An FAQ entry from an answered consultation; each part defaults to the"
        + " case's own (title, answer)",
        properties = {
                @SchemaProperty(name = "question", maxLength = 200, description = "The question, at most 200"
                        + " characters; defaults to the case's title"),
                @SchemaProperty(name = "answer", maxLength = 4000, description = "The answer, at most 4,000"
                        + " characters; defaults to the case's answer")})
public record FaqEntry(String question, String answer) {
}
