package org.minsheng.web.interview.live;

import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.PongMessage;
import jakarta.websocket.Session;
import java.nio.ByteBuffer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.minsheng.shared.error.NotFound;

/**
 * What the viewer and staff channels handle alike: the size of incoming frames, joining the
 * interview's stream, pongs, binary frames, closing and failing. Each channel adds its own
 * opening and text frames (the container finds the handlers of this class too).
 */
public abstract class LiveEndpoint {

    /** Incoming frames are small commands; anything larger is refused by the container (1009). */
    static final int MAX_INCOMING = 8192;

    @Inject
    LiveHub hub;

    static void limitIncoming(Session session) {
        session.setMaxTextMessageBufferSize(MAX_INCOMING);
        session.setMaxBinaryMessageBufferSize(MAX_INCOMING);
    }

    /** Joins the interview's stream from {@code since}; without such an interview the session is closed. */
    boolean join(Session session, String interviewId, long since, boolean staff) {
        try {
            hub.join(session, interviewId, Math.max(0, since), staff);
            return true;
        } catch (NotFound e) {
            LiveHub.close(session, CloseReason.CloseCodes.CANNOT_ACCEPT, "no such interview");
            return false;
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
        Logger.getLogger(getClass().getName()).log(Level.FINE, "Session failed", error);
        hub.leave(session);
    }
}
