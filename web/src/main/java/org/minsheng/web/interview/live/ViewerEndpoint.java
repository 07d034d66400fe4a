package org.minsheng.web.interview.live;

import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.PathParam;
import jakarta.websocket.server.ServerEndpoint;

/**
 * The public, read-only live stream of an interview: {@code /ws/interviews/{id}?since=N}. The
 * client first receives every post numbered above N (all of them for N = 0), then live posts and
 * the viewer count. Frames sent by the client get a pong or an error frame.
 */
@ServerEndpoint("/ws/interviews/{id}")
public class ViewerEndpoint extends LiveEndpoint {

    @OnOpen
    public void open(Session session, @PathParam("id") String id) {
        limitIncoming(session);
        long since = Channels.since(session);
        if (join(session, id, since, false) && since < 0) {
            hub.reply(session, Frames.error("bad-since", null, "since 参数无效，已从头发送", "Invalid since; sending from the start"));
        }
    }

    @OnMessage
    public void text(Session session, String message) {
        hub.reply(session, Channels.answer(message));
    }
}
