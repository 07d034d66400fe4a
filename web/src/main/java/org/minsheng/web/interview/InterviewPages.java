package org.minsheng.web.interview;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.minsheng.interview.api.InterviewView;
import org.minsheng.interview.application.InterviewQueries;
import org.minsheng.interview.application.QuestionModeration;
import org.minsheng.shared.error.BusinessException;
import org.minsheng.shared.error.FieldError;
import org.minsheng.shared.error.ValidationFailed;
import org.minsheng.site.api.SiteDirectory;
import org.minsheng.web.interview.live.LiveHub;
import org.minsheng.web.platform.pages.PageRenderer;
import org.minsheng.web.platform.pages.ViewerFactory;

/**
 * Public interview pages: the list, the live page (server-rendered stream, refreshed without
 * JavaScript, live over WebSocket with it) and the transcript of a finished interview.
 */
@Path("/interviews")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class InterviewPages {

    /** A random id per browser for the question rate limit; not personal data, readable by the page script. */
    static final String VIEWER_COOKIE = "ms_viewer";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int LIVE_PAGE_POSTS = 300;

    @Inject
    PageRenderer pages;

    @Inject
    ViewerFactory viewers;

    @Inject
    LiveHub hub;

    @EJB
    InterviewQueries interviews;

    @EJB
    QuestionModeration moderation;

    @EJB
    SiteDirectory site;

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    @GET
    public Response list() {
        return pages.page(200, "interview/list", viewers.current(), Map.of("interviews", interviews.list()));
    }

    @GET
    @Path("{id}")
    public Response interview(@PathParam("id") String id, @QueryParam("asked") String asked) {
        InterviewView interview = interviews.interview(id);
        if (interview.finished()) {
            Map<String, Object> model = new HashMap<>();
            model.put("t", interviews.transcript(id));
            model.put("department", departmentName(interview.departmentCode()));
            return pages.page(200, "interview/transcript", viewers.current(), model);
        }
        return livePage(200, interview, "1".equals(asked), List.of(), "", "", null);
    }

    @POST
    @Path("{id}/questions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response ask(@PathParam("id") String id, @FormParam("nickname") String nickname,
                        @FormParam("text") String text) {
        InterviewView interview = interviews.interview(id);
        try {
            moderation.ask(id, viewerId(), nickname, text);
            return Response.seeOther(URI.create("/interviews/" + id + "?asked=1#ask")).build();
        } catch (ValidationFailed e) {
            return livePage(422, interview, false, e.errors(), nickname, text, null);
        } catch (BusinessException e) {
            return livePage(e.type().equals("too-many-requests") ? 429 : 409, interview, false, List.of(), nickname,
                    text, e.titleZh() + " / " + e.titleEn());
        }
    }

    private Response livePage(int status, InterviewView interview, boolean asked, List<FieldError> errors,
                              String nickname, String text, String message) {
        viewerId();
        Map<String, Object> model = new HashMap<>();
        model.put("i", interview);
        // The latest posts; older ones stay on the transcript once the interview ends.
        model.put("posts", interviews.history(interview.id(), Math.max(0, interview.lastSequence() - LIVE_PAGE_POSTS),
                LIVE_PAGE_POSTS));
        model.put("viewerCount", hub.viewers(interview.id()));
        model.put("department", departmentName(interview.departmentCode()));
        model.put("asked", asked);
        model.put("errors", errors);
        model.put("nickname", nickname == null ? "" : nickname);
        model.put("text", text == null ? "" : text);
        model.put("message", message);
        return pages.page(status, "interview/live", viewers.current(), model);
    }

    private String departmentName(String code) {
        return site.department(code).map(d -> d.name()).orElse(code);
    }

    /** The browser's viewer id, set on first visit. */
    private String viewerId() {
        Optional<String> existing = Optional.ofNullable(request.getCookies()).stream().flatMap(Arrays::stream)
                .filter(c -> VIEWER_COOKIE.equals(c.getName())).map(Cookie::getValue)
                .filter(v -> v.matches("[A-Za-z0-9_-]{8,64}")).findFirst();
        if (existing.isPresent()) {
            return existing.get();
        }
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        String id = "v" + HexFormat.of().formatHex(bytes);
        Cookie cookie = new Cookie(VIEWER_COOKIE, id);
        cookie.setPath("/");
        cookie.setMaxAge(60 * 60 * 24 * 365);
        cookie.setAttribute("SameSite", "Lax");
        cookie.setHttpOnly(true);
        response.addCookie(cookie);
        return id;
    }
}
