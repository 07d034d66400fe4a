package org.minsheng.web.digest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.minsheng.digest.api.DigestWindow;
import org.minsheng.digest.application.DigestService;
import org.minsheng.identity.api.Roles;
import org.minsheng.shared.error.Unavailable;
import org.minsheng.web.platform.pages.PageRenderer;
import org.minsheng.web.platform.pages.ViewerFactory;

/**
 * The leaders' dashboard (舆情): hot topics, alerts, trends and the departments' league table,
 * rendered on the server (it reloads itself without JavaScript); digest.js keeps it live.
 */
@Path("/staff/digest")
@RequestScoped
@RolesAllowed({Roles.LEADER, Roles.ADMIN})
@Produces(MediaType.TEXT_HTML)
public class DigestPages {

    @Inject
    PageRenderer pages;

    @Inject
    ViewerFactory viewers;

    @EJB
    DigestService digest;

    @GET
    public Response dashboard(@QueryParam("window") @DefaultValue("WEEK") String window) {
        DigestWindow chosen = DigestResource.window(window);
        Map<String, Object> model = new HashMap<>();
        model.put("window", chosen);
        model.put("windows", DigestWindow.values());
        try {
            model.put("topics", digest.hotTopics(chosen, 10));
            model.put("alerts", digest.alerts());
            Map<String, Object> trends = new LinkedHashMap<>();
            trends.put("category", digest.trends("category", true, 1));
            trends.put("district", digest.trends("district", true, 1));
            model.put("trends", trends);
            model.put("scorecards", digest.scorecards());
            model.put("starting", false);
        } catch (Unavailable e) {
            model.put("starting", true);
        }
        return pages.page(200, "digest/dashboard", viewers.current(), model);
    }
}
