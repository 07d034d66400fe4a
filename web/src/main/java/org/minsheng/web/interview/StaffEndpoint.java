package org.minsheng.web.interview;

import org.minsheng.identity.api.Roles;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.PongMessage;
import jakarta.websocket.Session;
import jakarta.websocket.server.PathParam;
import jakarta.websocket.server.ServerEndpoint;
import jakarta.websocket.server.ServerEndpointConfig;
import java.nio.ByteBuffer;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.minsheng.identity.api.StaffDirectory;
import org.minsheng.identity.api.StaffPrincipal;
import org.minsheng.shared.error.NotFound;

/**
 * The staff channel of an interview, {@code /ws/staff/interviews/{id}?since=N}: the live stream
 * plus moderation-queue changes, for the host, guests and moderators, who may also act through it
 * (see {@link StaffActions}). The caller is the one the handshake request was authenticated as
 * (session cookie or HTTP Basic); anyone else is closed with 1008 (policy violation).
 */
@ServerEndpoint(value = "/ws/staff/interviews/{id}", configurator = StaffHandshake.class)
public class StaffEndpoint {

    static final Set<String> ROLES = Set.of(Roles.HOST, Roles.GUEST, Roles.MODERATOR, Roles.ADMIN);
    private static final Logger LOG = Logger.getLogger(StaffEndpoint.class.getName());

    @Inject
    LiveHub hub;

    @Inject
    StaffActions actions;

    @EJB
    StaffDirectory staff;

    @OnOpen
    public void open(Session session, EndpointConfig config, @PathParam("id") String id) {
        session.setMaxTextMessageBufferSize(Channels.MAX_INCOMING);
        session.setMaxBinaryMessageBufferSize(Channels.MAX_INCOMING);
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
        try {
            hub.join(session, id, Math.max(0, Channels.since(session)), true);
        } catch (NotFound e) {
            LiveHub.close(session, CloseReason.CloseCodes.CANNOT_ACCEPT, "no such interview");
        }
    }

    @OnMessage
    public void text(Session session, String message, @PathParam("id") String id) {
        if (session.getUserProperties().get(StaffCaller.PROPERTY) instanceof StaffCaller caller) {
            actions.handle(session, id, caller, message);
        } else {
            LiveHub.close(session, CloseReason.CloseCodes.VIOLATED_POLICY, "sign-in required");
        }
    }

    @OnMessage
    public void pong(Session session, PongMessage pong) {
        hub.ponged(session);
    }

    @OnMessage
    public void binary(Session session, ByteBuffer message) {
        hub.reply(session, Frames.error("binary", null, "不接受二进制消息", "Binary frames are not accepted"));
    }

    @OnClose
    public void closed(Session session, CloseReason reason) {
        hub.leave(session);
    }

    @OnError
    public void failed(Session session, Throwable error) {
        LOG.log(Level.FINE, "Staff session failed", error);
        hub.leave(session);
    }
}
