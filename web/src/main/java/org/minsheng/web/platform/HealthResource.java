package org.minsheng.web.platform;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.minsheng.shared.health.ReadinessService;
import org.minsheng.web.platform.OpenApiConventions;

/**
 * The application's readiness in the MicroProfile Health wire format: {@code 200 UP} when the
 * database and Kafka answer, {@code 503 DOWN} otherwise. (WildFly's own probes stay on the
 * management port at {@code /health}.)
 */
@Path("/api/health")
@Tag(name = OpenApiConventions.HEALTH)
@RequestScoped
public class HealthResource {

    @EJB
    ReadinessService readiness;

    @GET
    @Operation(summary = "Readiness", description = "UP when the database and Kafka answer, with the outbox backlog.")
    @APIResponse(responseCode = "200", description = "UP",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Health")))
    @APIResponse(responseCode = "503", description = "DOWN: a check failed; the body says which",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Health")))
    @Path("ready")
    @Produces(MediaType.APPLICATION_JSON)
    public Response ready() {
        Map<String, ReadinessService.Check> checks = readiness.checks();
        boolean up = checks.values().stream().allMatch(ReadinessService.Check::up);
        JsonArrayBuilder list = Json.createArrayBuilder();
        checks.values().forEach(c -> {
            JsonObjectBuilder check = Json.createObjectBuilder().add("name", c.name()).add("status", c.up() ? "UP" : "DOWN");
            if (c.detail() != null) {
                check.add("data", Json.createObjectBuilder().add("detail", c.detail()));
            }
            list.add(check);
        });
        return Response.status(up ? 200 : 503)
                .entity(Json.createObjectBuilder().add("status", up ? "UP" : "DOWN").add("checks", list).build())
                .build();
    }

    @GET
    @Operation(summary = "Liveness", description = "UP while the application answers at all.")
    @APIResponse(responseCode = "200", description = "UP",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Health")))
    @Path("live")
    @Produces(MediaType.APPLICATION_JSON)
    public Response live() {
        return Response.ok(Json.createObjectBuilder().add("status", "UP").add("checks", Json.createArrayBuilder()).build())
                .build();
    }
}
