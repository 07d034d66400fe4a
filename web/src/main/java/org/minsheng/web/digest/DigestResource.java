package org.minsheng.web.digest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.minsheng.digest.api.DigestAlert;
import org.minsheng.digest.api.DigestWindow;
import org.minsheng.digest.api.HotTopicView;
import org.minsheng.digest.api.ReceivedCount;
import org.minsheng.digest.api.Scorecard;
import org.minsheng.digest.api.TrendRow;
import org.minsheng.digest.application.DigestService;
import org.minsheng.identity.api.Roles;
import org.minsheng.shared.error.Validation;
import org.minsheng.web.platform.OpenApiConventions;

/** Live digest figures for leaders, answered from the Kafka Streams state stores. */
@Path("/api/digest")
@Tag(name = OpenApiConventions.DIGEST)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DigestResource {

    /** How long the browser waits before it asks for the next snapshot of the live stream. */
    static final long RECONNECT_MILLIS = 3000;

    /** Built on first use (not when the class loads, so reading the resource's annotations needs no JSON-B provider); thread-safe. */
    private static final class Json {
        static final Jsonb JSONB = JsonbBuilder.create();
    }

    @EJB
    DigestService digest;

    @GET
    @Operation(summary = "Received cases per day and channel")
    @APIResponse(responseCode = "200", description = "The counts")
    @APIResponse(responseCode = "503", ref = OpenApiConventions.UNAVAILABLE,
            description = "The stream processing is starting or down")
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = {Roles.LEADER, Roles.DISPATCHER, Roles.ADMIN})
    @Path("received")
    @RolesAllowed({Roles.LEADER, Roles.DISPATCHER, Roles.ADMIN})
    public List<ReceivedCount> received() {
        return digest.receivedPerDayAndChannel();
    }

    @GET
    @Operation(summary = "Hot topics of a window (DAY, WEEK, MONTH, ALL), hottest first")
    @APIResponse(responseCode = "200", description = "The topics with heat, figures and representative messages")
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED, description = "Unknown window")
    @APIResponse(responseCode = "503", ref = OpenApiConventions.UNAVAILABLE, description = "The digest is starting")
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = {Roles.LEADER, Roles.ADMIN})
    @Path("topics")
    @RolesAllowed({Roles.LEADER, Roles.ADMIN})
    public List<HotTopicView> topics(@QueryParam("window") @DefaultValue("WEEK") String window,
            @QueryParam("limit") @DefaultValue("10") int limit) {
        return digest.hotTopics(window(window), limit);
    }

    @GET
    @Operation(summary = "Messages per day or ISO week by category, district, department or channel, with the change")
    @APIResponse(responseCode = "200", description = "One row per value and period")
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED, description = "Unknown dimension or period")
    @APIResponse(responseCode = "503", ref = OpenApiConventions.UNAVAILABLE, description = "The digest is starting")
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = {Roles.LEADER, Roles.ADMIN})
    @Path("trends")
    @RolesAllowed({Roles.LEADER, Roles.ADMIN})
    public List<TrendRow> trends(@QueryParam("dimension") @DefaultValue("category") String dimension,
            @QueryParam("period") @DefaultValue("week") String period,
            @QueryParam("periods") @DefaultValue("8") int periods) {
        new Validation().require("day".equals(period) || "week".equals(period), "period", "周期须为 day 或 week",
                "The period must be day or week").throwIfInvalid();
        return digest.trends(dimension, "week".equals(period), periods);
    }

    @GET
    @Operation(summary = "Department scorecards (league table)")
    @APIResponse(responseCode = "200", description = "One scorecard per department")
    @APIResponse(responseCode = "503", ref = OpenApiConventions.UNAVAILABLE, description = "The digest is starting")
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = {Roles.LEADER, Roles.ADMIN})
    @Path("scorecards")
    @RolesAllowed({Roles.LEADER, Roles.ADMIN})
    public List<Scorecard> scorecards() {
        return digest.scorecards();
    }

    @GET
    @Operation(summary = "Alerts: topics and districts far above their usual level, with response clocks")
    @APIResponse(responseCode = "200", description = "The alerts, newest first")
    @APIResponse(responseCode = "503", ref = OpenApiConventions.UNAVAILABLE, description = "The digest is starting")
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = {Roles.LEADER, Roles.ADMIN})
    @Path("alerts")
    @RolesAllowed({Roles.LEADER, Roles.ADMIN})
    public List<DigestAlert> alerts() {
        return digest.alerts();
    }

    /**
     * Server-sent events: one {@code digest} event with the current topics and alerts, then the
     * stream ends and the browser's EventSource comes back after the {@code retry} interval. Each
     * snapshot is thus its own signed-in request, answered by whichever node the balancer picks.
     */
    @GET
    @Operation(summary = "Live updates (server-sent events): a snapshot of topics and alerts, again every 3 s")
    @APIResponse(responseCode = "200", description = "An event stream")
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = {Roles.LEADER, Roles.ADMIN})
    @Path("stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RolesAllowed({Roles.LEADER, Roles.ADMIN})
    public void stream(@QueryParam("window") @DefaultValue("WEEK") String window, @Context SseEventSink sink,
            @Context Sse sse) {
        String data = Json.JSONB.toJson(Map.of("topics", digest.hotTopics(window(window), 10), "alerts", digest.alerts()));
        try (SseEventSink events = sink) {
            events.send(sse.newEventBuilder().name("digest").data(data).reconnectDelay(RECONNECT_MILLIS).build());
        }
    }

    static DigestWindow window(String name) {
        for (DigestWindow w : DigestWindow.values()) {
            if (w.name().equalsIgnoreCase(name)) {
                return w;
            }
        }
        new Validation().require(false, "window", "时间窗须为 DAY、WEEK、MONTH 或 ALL",
                "The window must be DAY, WEEK, MONTH or ALL").throwIfInvalid();
        return DigestWindow.WEEK;
    }
}
