package org.minsheng.web.interview;

import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.PongMessage;
import jakarta.websocket.Session;
import jakarta.websocket.server.PathParam;
import jakarta.websocket.server.ServerEndpoint;
import java.nio.ByteBuffer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.minsheng.shared.error.NotFound;

/**
 * The public, read-only live stream of an interview: {@code /ws/interviews/{id}?since=N}. The
 * client first receives every post numbered above N (all of them for N = 0), then live posts and
 * the viewer count. Frames sent by the client get a pong or an error frame.
 */
@ServerEndpoint("/ws/interviews/{id}")
public class ViewerEndpoint {

    private static final Logger LOG = Logger.getLogger(ViewerEndpoint.class.getName());

    @Inject
    LiveHub hub;

    @OnOpen
    public void open(Session session, @PathParam("id") String id) {
        session.setMaxTextMessageBufferSize(Channels.MAX_INCOMING);
        session.setMaxBinaryMessageBufferSize(Channels.MAX_INCOMING);
        long since = Channels.since(session);
        try {
            hub.join(session, id, Math.max(0, since), false);
        } catch (NotFound e) {
            LiveHub.close(session, CloseReason.CloseCodes.CANNOT_ACCEPT, "no such interview");
            return;
        }
        if (since < 0) {
            hub.reply(session, Frames.error("bad-since", null, "since 参数无效，已从头发送", "Invalid since; sending from the start"));
        }
    }

    @OnMessage
    public void text(Session session, String message) {
        hub.reply(session, Channels.answer(message));
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
        LOG.log(Level.FINE, "Viewer session failed", error);
        hub.leave(session);
    }
}
