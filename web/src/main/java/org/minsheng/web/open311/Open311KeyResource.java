package org.minsheng.web.open311;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.minsheng.identity.api.Roles;
import org.minsheng.open311.api.ApiKeyView;
import org.minsheng.open311.api.IssuedApiKey;
import org.minsheng.open311.application.ApiKeyService;
import org.minsheng.web.platform.OpenApiConventions;

/** The administrator's Open311 API keys: issue (the key is shown once), list, revoke. */
@Path("/api/staff/open311/keys")
@Tag(name = OpenApiConventions.CASES)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class Open311KeyResource {

    /** The system a key is issued to. */
    @Schema(name = "ApiKeyRequest", requiredProperties = "name",
            properties = @SchemaProperty(name = "name", maxLength = 60, description = "The system the key is for"))
    public record KeyRequest(String name) {
    }

    @EJB
    ApiKeyService keys;

    @GET
    @Operation(summary = "Open311 API keys (never the keys themselves)")
    @APIResponse(responseCode = "200", description = "The keys")
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = Roles.ADMIN)
    @RolesAllowed(Roles.ADMIN)
    public List<ApiKeyView> keys() {
        return keys.keys();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue an Open311 API key", description = "The answer holds the key; it is not stored and not shown again.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = KeyRequest.class)))
    @APIResponse(responseCode = "201", description = "The key")
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = Roles.ADMIN)
    @RolesAllowed(Roles.ADMIN)
    public Response issue(KeyRequest request) {
        IssuedApiKey issued = keys.issue(request == null ? null : request.name());
        return Response.status(201).entity(issued).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Revoke an Open311 API key", description = "At once; revoking twice changes nothing.")
    @APIResponse(responseCode = "200", description = "The revoked key")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such key")
    @SecurityRequirement(name = OpenApiConventions.SESSION, scopes = Roles.ADMIN)
    @RolesAllowed(Roles.ADMIN)
    public ApiKeyView revoke(@PathParam("id") long id) {
        return keys.revoke(id);
    }
}
