package org.minsheng.web.identity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/** The leader whose office a leader-role account is; null unlinks it. */
@Schema(name = "LeaderLink", description = "Makes a leader-role account the office of a leader (领导信箱)",
        requiredProperties = "leaderCode",
        properties = @SchemaProperty(name = "leaderCode", nullable = true,
                description = "A leader's code (GET /api/leaders); null unlinks", example = "fsz-cj"))
public record LeaderLink(String leaderCode) {
}
