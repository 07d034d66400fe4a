package org.minsheng.web.interview;

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

    /** Handshakes whose session has not opened yet, by user name (the same person's identities are equivalent). */
    private final Map<String, SecurityIdentity> pending = new ConcurrentHashMap<>();

    @Override
    public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
        Principal principal = request.getUserPrincipal();
        SecurityDomain domain = SecurityDomain.getCurrent();
        if (principal == null || domain == null) {
            return;
        }
        SecurityIdentity identity = domain.getCurrentSecurityIdentity();
        if (identity != null && principal.getName().equals(identity.getPrincipal().getName())) {
            pending.put(principal.getName(), identity);
        }
    }

    /** The identity of the handshake that opened a session for this user, once. */
    Optional<SecurityIdentity> take(String username) {
        return Optional.ofNullable(pending.remove(username));
    }
}
