package org.minsheng.web.cases;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.minsheng.cases.application.LeaderService;
import org.minsheng.identity.api.Roles;
import org.minsheng.site.api.LeaderView;
import org.minsheng.site.application.SiteService;
import org.minsheng.web.platform.pages.PageRenderer;
import org.minsheng.web.platform.pages.ViewerFactory;

/**
 * The leaders' mailboxes as their offices read them (领导信箱): one tab per leader, the letters with
 * their status and due date; a letter's page carries the instruction form (批示). Each office sees
 * the tabs of the mailboxes it reads: its own leader's, or all of them for the mayor's office.
 */
@Path("/staff/leader-mailbox")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class LeaderMailboxPages {

    @Inject
    PageRenderer pages;

    @Inject
    ViewerFactory viewers;

    @EJB
    LeaderService mailboxes;

    @EJB
    SiteService site;

    @GET
    @RolesAllowed({Roles.LEADER, Roles.ADMIN})
    public Response mailbox(@QueryParam("leader") String leaderCode) {
        List<String> readable = mailboxes.readableMailboxes();
        List<LeaderView> leaders = site.leaders().stream().filter(l -> readable.contains(l.code())).toList();
        LeaderView chosen = leaders.stream().filter(l -> l.code().equals(leaderCode)).findFirst()
                .orElse(leaders.isEmpty() ? null : leaders.get(0));
        Map<String, Object> model = new HashMap<>();
        model.put("leaders", leaders);
        model.put("chosen", chosen);
        model.put("letters", chosen == null ? List.of() : mailboxes.leaderMailbox(chosen.code()));
        return pages.page(200, "cases/staff-leader-mailbox", viewers.current(), model);
    }
}
