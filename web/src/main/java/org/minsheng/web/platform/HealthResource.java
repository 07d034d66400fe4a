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
import org.minsheng.shared.health.ReadinessService;

/**
 * The application's readiness in the MicroProfile Health wire format: {@code 200 UP} when the
 * database and Kafka answer, {@code 503 DOWN} otherwise. (WildFly's own probes stay on the
 * management port at {@code /health}.)
 */
@Path("/api/health")
@RequestScoped
public class HealthResource {

    @EJB
    ReadinessService readiness;

    @GET
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
    @Path("live")
    @Produces(MediaType.APPLICATION_JSON)
    public Response live() {
        return Response.ok(Json.createObjectBuilder().add("status", "UP").add("checks", Json.createArrayBuilder()).build())
                .build();
    }
}
