package org.minsheng.web.cases;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/**
 * A step with a text: a reason, a note, what material is needed, an opinion, an instruction. Each
 * operation that takes it states which of the two it requires.
 */
@Schema(name = "Step", description = "A step with a text (a reason, a note, the material needed, an opinion,"
        + " an instruction) and the case version; which of them a step requires is stated at the operation",
        properties = {
                @SchemaProperty(name = "text", maxLength = 2000, description = "The step's text"),
                @SchemaProperty(name = "version", description = "The case version the member of staff saw; a"
                        + " stale one gets 409")})
public record Step(String text, Long version) {
}
