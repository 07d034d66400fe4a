package org.minsheng.web.digest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.minsheng.digest.api.ReceivedCount;
import org.minsheng.digest.application.DigestService;
import org.minsheng.identity.api.Roles;
import org.minsheng.web.platform.OpenApiConventions;

/** Live digest figures for leaders, answered from the Kafka Streams state stores. */
@Path("/api/digest")
@Tag(name = OpenApiConventions.DIGEST)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DigestResource {

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
}
