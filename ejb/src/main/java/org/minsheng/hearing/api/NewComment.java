package org.minsheng.hearing.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A comment on the whole draft (section 0) or one section; name and mobile unless signed in as a resident. */
@Schema(name = "NewComment", description = "A comment on a draft", requiredProperties = {"text"})
public record NewComment(Integer section, String name, String mobile, String text) {
}
