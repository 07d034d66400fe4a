package org.minsheng.web.interview.live;

import io.undertow.websockets.core.WebSocketCallback;
import io.undertow.websockets.core.WebSocketChannel;
import io.undertow.websockets.core.WebSockets;
import jakarta.websocket.Session;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * How frames reach one session. On Undertow (WildFly) a frame's UTF-8 bytes, encoded once per
 * broadcast, go straight onto the session's WebSocket channel, and the connection's I/O thread is
 * where broadcasts hand its frames (see {@link SendThreads}); the channel is found through the
 * session's own accessor. Elsewhere the portable asynchronous send is used on the calling thread.
 */
abstract class SessionSender {

    /** The thread a broadcast hands this session's frames to. */
    abstract Executor thread();

    /** Which way frames go, for the metrics. */
    abstract String path();

    /** Sends one text frame; {@code done} learns whether it was written. */
    abstract void send(OutgoingFrame frame, Consumer<Boolean> done);

    static SessionSender of(Session session) {
        try {
            Method channelOf = session.getClass().getMethod("getWebSocketChannel");
            if (channelOf.invoke(session) instanceof WebSocketChannel channel) {
                return new OnChannel(channel);
            }
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            // not Undertow: the portable way below
        }
        return new Portable(session);
    }

    private static final class OnChannel extends SessionSender {
        private final WebSocketChannel channel;
        private final Executor thread;

        OnChannel(WebSocketChannel channel) throws ReflectiveOperationException {
            this.channel = channel;
            // By name: the I/O thread's own type belongs to a module the application does not import.
            this.thread = channel.getClass().getMethod("getIoThread").invoke(channel) instanceof Executor e
                    ? e : SendThreads.CALLING_THREAD;
        }

        @Override
        Executor thread() {
            return thread;
        }

        @Override
        String path() {
            return "undertow-channel";
        }

        @Override
        void send(OutgoingFrame frame, Consumer<Boolean> done) {
            WebSockets.sendText(ByteBuffer.wrap(frame.utf8()), channel, new WebSocketCallback<Void>() {
                @Override
                public void complete(WebSocketChannel c, Void context) {
                    done.accept(true);
                }

                @Override
                public void onError(WebSocketChannel c, Void context, Throwable error) {
                    done.accept(false);
                }
            });
        }
    }

    private static final class Portable extends SessionSender {
        private final Session session;

        Portable(Session session) {
            this.session = session;
        }

        @Override
        Executor thread() {
            return SendThreads.CALLING_THREAD;
        }

        @Override
        String path() {
            return "portable";
        }

        @Override
        void send(OutgoingFrame frame, Consumer<Boolean> done) {
            session.getAsyncRemote().sendText(frame.text(), result -> done.accept(result.isOK()));
        }
    }
}
