package org.minsheng.web.interview.live;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.PathParam;
import jakarta.websocket.server.ServerEndpoint;
import jakarta.websocket.server.ServerEndpointConfig;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import org.minsheng.identity.api.Roles;
import org.minsheng.identity.api.StaffDirectory;
import org.minsheng.identity.api.StaffPrincipal;

/**
 * The staff channel of an interview, {@code /ws/staff/interviews/{id}?since=N}: the live stream
 * plus moderation-queue changes, for the host, guests and moderators, who may also act through it
 * (see {@link StaffActions}). The caller is the one the handshake request was authenticated as
 * (session cookie or HTTP Basic); anyone else is closed with 1008 (policy violation).
 */
@ServerEndpoint(value = "/ws/staff/interviews/{id}", configurator = StaffHandshake.class)
public class StaffEndpoint extends LiveEndpoint {

    static final Set<String> ROLES = Set.of(Roles.HOST, Roles.GUEST, Roles.MODERATOR, Roles.ADMIN);

    @Inject
    StaffActions actions;

    @EJB
    StaffDirectory staff;

    @OnOpen
    public void open(Session session, EndpointConfig config, @PathParam("id") String id) {
        limitIncoming(session);
        Principal principal = session.getUserPrincipal();
        Optional<StaffPrincipal> member = principal == null ? Optional.empty() : staff.find(principal.getName());
        boolean allowed = member.map(p -> p.roles().stream().anyMatch(ROLES::contains)).orElse(false);
        var handshake = ((StaffHandshake) ((ServerEndpointConfig) config).getConfigurator())
                .identityOf(principal == null ? "" : principal.getName());
        if (!allowed) {
            LiveHub.close(session, CloseReason.CloseCodes.VIOLATED_POLICY,
                    principal == null ? "sign-in required" : "host, guest or moderator role required");
            return;
        }
        session.getUserProperties().put(StaffCaller.PROPERTY,
                new StaffCaller(principal.getName(), Set.copyOf(member.get().roles()), handshake.orElse(null)));
        join(session, id, Channels.since(session), true);
    }

    @OnMessage
    public void text(Session session, String message, @PathParam("id") String id) {
        if (session.getUserProperties().get(StaffCaller.PROPERTY) instanceof StaffCaller caller) {
            actions.handle(session, id, caller, message);
        } else {
            LiveHub.close(session, CloseReason.CloseCodes.VIOLATED_POLICY, "sign-in required");
        }
    }
}
