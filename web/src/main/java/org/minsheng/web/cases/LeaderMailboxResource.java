package org.minsheng.web.cases;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.minsheng.cases.api.QueueItem;
import org.minsheng.cases.application.LeaderService;
import org.minsheng.identity.api.Roles;
import org.minsheng.web.platform.OpenApiConventions;

/** The leaders' mailboxes (领导信箱) as their offices read them: each office its own leader's, the mayor's all. */
@Path("/api/staff/leader-mailboxes")
@Tag(name = OpenApiConventions.CASES)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LeaderMailboxResource {

    @EJB
    LeaderService leaders;

    @GET
    @Operation(summary = "The mailboxes I read", description = "Leader codes: an office's own leader, every leader"
            + " for the mayor's office and administrators, none for a leader account linked to no leader.")
    @APIResponse(responseCode = "200", description = "The leader codes")
    @APIResponse(responseCode = "403", ref = OpenApiConventions.FORBIDDEN)
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = {Roles.LEADER, Roles.ADMIN})
    @RolesAllowed({Roles.LEADER, Roles.ADMIN})
    public List<String> readable() {
        return leaders.readableMailboxes();
    }

    @GET
    @Path("{leader}")
    @Operation(summary = "A leader's mailbox", description = "The letters, newest first.")
    @APIResponse(responseCode = "200", description = "The letters")
    @APIResponse(responseCode = "403", ref = OpenApiConventions.FORBIDDEN, description = "Another leader's mailbox")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such leader")
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = {Roles.LEADER, Roles.ADMIN})
    @RolesAllowed({Roles.LEADER, Roles.ADMIN})
    public List<QueueItem> mailbox(@PathParam("leader") String leader) {
        return leaders.leaderMailbox(leader);
    }
}
