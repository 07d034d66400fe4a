package org.minsheng.web.nlp;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.minsheng.identity.api.Roles;
import org.minsheng.nlp.api.LexiconView;
import org.minsheng.nlp.api.SensitiveWordView;
import org.minsheng.nlp.application.LexiconService;
import org.minsheng.shared.error.FieldError;
import org.minsheng.shared.error.ValidationFailed;
import org.minsheng.web.platform.OpenApiConventions;

/**
 * The sensitive-word lexicon (敏感词库) under {@code /api/staff/lexicon}: the words moderation holds
 * texts for, edited by the administrator; a change applies to the next check on every node.
 */
@Path("/api/staff/lexicon")
@RequestScoped
@RolesAllowed(Roles.ADMIN)
@Tag(name = OpenApiConventions.NLP)
@SecurityRequirement(name = OpenApiConventions.SESSION, scopes = Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class LexiconResource {

    @Schema(name = "SensitiveWordForm", description = "A lexicon entry",
            properties = {
                    @SchemaProperty(name = "word", minLength = 1, maxLength = 50,
                            description = "The word; matched after folding full-width/half-width, case, spaces and"
                                    + " punctuation, so one form is enough", example = "加微信"),
                    @SchemaProperty(name = "category", description = "The category",
                            enumeration = {"INSULT", "VIOLENCE", "SPAM", "POLITICAL", "OTHER"}),
                    @SchemaProperty(name = "version", type = SchemaType.INTEGER,
                            description = "The version last read (on change only)")})
    public record SensitiveWordForm(String word, String category, Long version) {
    }

    @EJB
    LexiconService lexicon;

    @GET
    @Operation(summary = "The lexicon", description = "Its revision, every entry by category, and the categories.")
    @APIResponse(responseCode = "200", description = "The lexicon")
    public LexiconView list() {
        return lexicon.lexicon();
    }

    @POST
    @Operation(summary = "Add a word")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequestBody(required = true, content = @Content(schema = @Schema(allOf = SensitiveWordForm.class,
            requiredProperties = {"word", "category"})))
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(schema = @Schema(implementation = SensitiveWordView.class)))
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED,
            description = "The word is missing, too long, has no letters or digits, or is in the lexicon already;"
                    + " or the category is unknown")
    public Response add(SensitiveWordForm form) {
        SensitiveWordForm f = form == null ? new SensitiveWordForm(null, null, null) : form;
        return Response.status(201).entity(lexicon.add(f.word(), f.category())).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a word or its category")
    @Consumes(MediaType.APPLICATION_JSON)
    @Parameter(name = "id", description = "The entry's id")
    @RequestBody(required = true, content = @Content(schema = @Schema(allOf = SensitiveWordForm.class,
            requiredProperties = {"word", "category", "version"})))
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such entry")
    @APIResponse(responseCode = "409", ref = OpenApiConventions.CONFLICT, description = "Changed by someone else")
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED)
    public SensitiveWordView change(@PathParam("id") long id, SensitiveWordForm form) {
        SensitiveWordForm f = form == null ? new SensitiveWordForm(null, null, null) : form;
        return lexicon.change(id, f.word(), f.category(), requireVersion(f.version()));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove a word")
    @Parameter(name = "id", description = "The entry's id")
    @Parameter(name = "version", required = true, description = "The version last read",
            schema = @Schema(type = SchemaType.INTEGER))
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", ref = OpenApiConventions.NOT_FOUND, description = "No such entry")
    @APIResponse(responseCode = "406", ref = OpenApiConventions.NOT_ACCEPTABLE)
    @APIResponse(responseCode = "409", ref = OpenApiConventions.CONFLICT, description = "Changed by someone else")
    @APIResponse(responseCode = "422", ref = OpenApiConventions.VALIDATION_FAILED, description = "version is missing")
    public Response remove(@PathParam("id") long id, @QueryParam("version") Long version) {
        lexicon.remove(id, requireVersion(version));
        return Response.noContent().build();
    }

    static long requireVersion(Long version) {
        if (version == null) {
            throw new ValidationFailed(List.of(new FieldError("version", "缺少版本号，请刷新后重试",
                    "The version is missing; reload and retry")));
        }
        return version;
    }
}
