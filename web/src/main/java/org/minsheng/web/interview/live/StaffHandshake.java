package org.minsheng.web.interview.live;

import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpointConfig;
import java.security.Principal;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;

/**
 * Remembers who signed in on a staff channel's handshake. WebSocket events run outside any HTTP
 * request, so the container calls enterprise beans from them anonymously; the session acts as
 * the identity its handshake was authenticated with instead.
 */
public class StaffHandshake extends ServerEndpointConfig.Configurator {

    /**
     * The latest handshake's identity per user name: a session opens right after its handshake, and
     * two tabs of the same person opening at once may pick up each other's, which are equivalent.
     * At most one entry per member of staff.
     */
    private final Map<String, SecurityIdentity> latest = new ConcurrentHashMap<>();

    @Override
    public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
        Principal principal = request.getUserPrincipal();
        SecurityDomain domain = SecurityDomain.getCurrent();
        if (principal == null || domain == null) {
            return;
        }
        SecurityIdentity identity = domain.getCurrentSecurityIdentity();
        if (identity != null && principal.getName().equals(identity.getPrincipal().getName())) {
            latest.put(principal.getName(), identity);
        }
    }

    /** The identity of this user's latest handshake. */
    Optional<SecurityIdentity> identityOf(String username) {
        return Optional.ofNullable(latest.get(username));
    }
}
