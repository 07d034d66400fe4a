package org.minsheng.bench;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A viewer that completes the handshake and then never reads, with a small receive buffer: the
 * server must drop it without holding up the others ({@code --stalled K}).
 */
final class StalledReader {

    private StalledReader() {
    }

    /** Opens one on the node at {@code http}; the caller keeps the socket open and unread until the end. */
    static Socket open(URI http, String interview, long since, int receiveBuffer) throws IOException {
        Socket socket = new Socket();
        socket.setReceiveBufferSize(receiveBuffer);
        socket.connect(new InetSocketAddress(http.getHost(), http.getPort()), 5000);
        byte[] nonce = new byte[16];
        new SecureRandom().nextBytes(nonce);
        String request = "GET /ws/interviews/" + interview + "?since=" + since + " HTTP/1.1\r\n"
                + "Host: " + http.getHost() + ":" + http.getPort() + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Key: " + Base64.getEncoder().encodeToString(nonce) + "\r\n"
                + "Sec-WebSocket-Version: 13\r\n\r\n";
        socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("handshake: " + head);
            }
            head.write(b);
        }
        if (!head.toString(StandardCharsets.US_ASCII).startsWith("HTTP/1.1 101")) {
            throw new IOException("stalled viewer's handshake refused: " + head);
        }
        return socket;
    }
}
