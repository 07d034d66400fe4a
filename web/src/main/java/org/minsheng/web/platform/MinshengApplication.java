package org.minsheng.web.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * One JAX-RS application for the REST API ({@code /api/…}), the server-rendered pages and the few
 * static files under {@code /static/}.
 *
 * <p>It also declares what the whole OpenAPI document shares: one tag per feature, the two ways
 * to be signed in, and the problem+json responses that operations refer to by name. Pages and
 * static files are left out of the document (see {@code META-INF/microprofile-config.properties});
 * {@link OpenApiConventions} adds the responses every operation of a kind can give.
 */
@ApplicationPath("/")
@OpenAPIDefinition(
        info = @Info(title = "Minsheng (民声) API", version = "1.0",
                description = "Citizen interaction and petition handling for a city government portal: residents"
                        + " write to leaders and departments, follow their cases with a tracking number and query"
                        + " code, and join online interviews; staff dispatch, handle, review and supervise the"
                        + " cases. Errors are RFC 9457 problem documents (application/problem+json) with Chinese and"
                        + " English texts; a client whose Accept header includes text/html gets them as HTML pages"
                        + " instead, with the same status. Operations that need a sign-in list the roles allowed as the role names of"
                        + " their security requirements."),
        servers = @Server(url = "/", description = "The server that serves this document"),
        tags = {
                @Tag(name = OpenApiConventions.CASES,
                        description = "Cases: the public board, residents' look-ups, ratings and follow-ups, the staff"
                                + " workflow, FAQ, monthly statistics and supervision"),
                @Tag(name = OpenApiConventions.INTAKE,
                        description = "Submissions through every channel, and the files attached to cases"),
                @Tag(name = OpenApiConventions.INTERVIEW,
                        description = "Online interviews: announcements, the stored stream, residents' questions and"
                                + " the staff console"),
                @Tag(name = OpenApiConventions.IDENTITY,
                        description = "Residents' accounts and \"my messages\", staff sign-in and sign-out"),
                @Tag(name = OpenApiConventions.SITE,
                        description = "Leaders and departments, and their administration with staff accounts and"
                                + " progress labels"),
                @Tag(name = OpenApiConventions.CALENDAR,
                        description = "Working days and due dates, holidays and make-up working days"),
                @Tag(name = OpenApiConventions.NOTIFICATION,
                        description = "The signed-in member of staff's notifications"),
                @Tag(name = OpenApiConventions.NLP,
                        description = "The routing classifier: the model in use, retraining and switching models;"
                                + " the sensitive-word lexicon"),
                @Tag(name = OpenApiConventions.INTEGRITY,
                        description = "Tamper watch of published pages: watched pages, checks and alerts"),
                @Tag(name = OpenApiConventions.NEWS,
                        description = "News of the portal and the departments' sub-sites: columns, the editorial"
                                + " chain, versions, special topics, staleness"),
                @Tag(name = OpenApiConventions.GUIDE,
                        description = "Service guides (办事指南) per department and life event, under the same review"
                                + " chain"),
                @Tag(name = OpenApiConventions.DISCLOSURE,
                        description = "Government information disclosure: the public catalogue, its documents and"
                                + " files, and the editors' and approvers' workflow"),
                @Tag(name = OpenApiConventions.DIGEST,
                        description = "Live figures for leaders, answered from the event streams"),
                @Tag(name = OpenApiConventions.AUDIT,
                        description = "The audit trail: search, CSV and Excel export, and the hash chain's check"),
                @Tag(name = OpenApiConventions.HEALTH,
                        description = "The application's readiness and liveness probes"),
                @Tag(name = OpenApiConventions.SEARCH,
                        description = "Full-text search of published content; the administrator's rebuild"),
                @Tag(name = OpenApiConventions.POLL,
                        description = "Polls and surveys: answering, results, and the staff's creation, export and"
                                + " moderation of free-text answers"),
                @Tag(name = OpenApiConventions.HEARING,
                        description = "Online hearings on drafts: sections, versions, residents' comments, moderation,"
                                + " feedback on the comments and closing")},
        components = @Components(
                schemas = @Schema(name = "Health", type = SchemaType.OBJECT, requiredProperties = {"status", "checks"},
                        description = "The MicroProfile Health wire format",
                        properties = {
                                @SchemaProperty(name = "status", type = SchemaType.STRING, enumeration = {"UP", "DOWN"}),
                                @SchemaProperty(name = "checks", type = SchemaType.ARRAY,
                                        description = "Each check as {name, status: UP or DOWN, data: {detail}}")}),
                securitySchemes = {
                        @SecurityScheme(securitySchemeName = OpenApiConventions.SESSION,
                                type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.COOKIE, apiKeyName = "JSESSIONID",
                                description = "The HTTP session after a sign-in: staff with POST /api/session, residents"
                                        + " with POST /api/residents/session (or the sign-in pages). The cookie is"
                                        + " HttpOnly and SameSite=Lax, and a sign-in always starts a new session. The"
                                        + " JSON API takes no CSRF token; the _csrf field protects the HTML forms"
                                        + " only. A security requirement's role names are the roles allowed."),
                        @SecurityScheme(securitySchemeName = OpenApiConventions.BASIC,
                                type = SecuritySchemeType.HTTP, scheme = "basic",
                                description = "HTTP Basic credentials on each request, for API clients: a staff user"
                                        + " name, or a resident's e-mail address or mobile number, with the password."
                                        + " A security requirement's role names are the roles allowed.")},
                responses = {
                        @APIResponse(name = OpenApiConventions.BAD_REQUEST, responseCode = "400",
                                description = "Malformed request: the body is not valid UTF-8 or JSON, a field has the"
                                        + " wrong type, or a multipart body cannot be split (type /problems/malformed)",
                                content = @Content(mediaType = Problem.MEDIA_TYPE,
                                        schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = OpenApiConventions.UNAUTHORIZED, responseCode = "401",
                                description = "Not signed in, or wrong credentials (type /problems/unauthorized)",
                                content = @Content(mediaType = Problem.MEDIA_TYPE,
                                        schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = OpenApiConventions.FORBIDDEN, responseCode = "403",
                                description = "Signed in without a role allowed here, or not allowed to act on this"
                                        + " object (type /problems/forbidden)",
                                content = @Content(mediaType = Problem.MEDIA_TYPE,
                                        schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = OpenApiConventions.NOT_FOUND, responseCode = "404",
                                description = "No such object, or a wrong query code, which is answered exactly like an"
                                        + " unknown tracking number; also a path or query parameter of the wrong type"
                                        + " (type /problems/not-found)",
                                content = @Content(mediaType = Problem.MEDIA_TYPE,
                                        schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = OpenApiConventions.NOT_ACCEPTABLE, responseCode = "406",
                                description = "The Accept header allows none of the media types this operation produces"
                                        + " (type /problems/bad-request)",
                                content = @Content(mediaType = Problem.MEDIA_TYPE,
                                        schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = OpenApiConventions.CONFLICT, responseCode = "409",
                                description = "The step does not fit the object's current state, or someone changed it"
                                        + " first (stale version) (type /problems/conflict)",
                                content = @Content(mediaType = Problem.MEDIA_TYPE,
                                        schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = OpenApiConventions.TOO_LARGE, responseCode = "413",
                                description = "The body is too large: JSON at most 256 KiB, a file at most the attachment"
                                        + " limit (5 MiB by default) (type /problems/too-large)",
                                content = @Content(mediaType = Problem.MEDIA_TYPE,
                                        schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = OpenApiConventions.UNSUPPORTED_MEDIA_TYPE, responseCode = "415",
                                description = "A content type this operation does not take, or a file whose content is"
                                        + " not of an accepted type (type /problems/unsupported-media-type)",
                                content = @Content(mediaType = Problem.MEDIA_TYPE,
                                        schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = OpenApiConventions.VALIDATION_FAILED, responseCode = "422",
                                description = "A rule is broken; errors lists every offending field with Chinese and"
                                        + " English messages (type /problems/validation)",
                                content = @Content(mediaType = Problem.MEDIA_TYPE,
                                        schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = OpenApiConventions.TOO_MANY_REQUESTS, responseCode = "429",
                                description = "Sent faster than allowed; wait and retry (type /problems/too-many-requests)",
                                content = @Content(mediaType = Problem.MEDIA_TYPE,
                                        schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = OpenApiConventions.SERVER_ERROR, responseCode = "500",
                                description = "An unexpected failure; the detail carries an incident number that is"
                                        + " logged with the cause (type /problems/internal)",
                                content = @Content(mediaType = Problem.MEDIA_TYPE,
                                        schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = OpenApiConventions.UNAVAILABLE, responseCode = "503",
                                description = "A part of the platform is starting or down; retry later"
                                        + " (type /problems/unavailable)",
                                content = @Content(mediaType = Problem.MEDIA_TYPE,
                                        schema = @Schema(implementation = Problem.class)))}))
public class MinshengApplication extends Application {
}
