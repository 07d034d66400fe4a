package org.minsheng.bench;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The interview benchmark's settings, read from its {@code --name value} options.
 *
 * @param nodes         the nodes' WebSocket addresses ({@code --url}, comma-separated); viewers go round-robin
 * @param postTo        where the host signs in and posts ({@code --post-url}, default the first node), as http(s)
 * @param clientsPerNode JDK clients per node ({@code --clients}); only with {@code --client jdk}
 * @param nioClient     the lean NIO client (default) or the JDK's java.net.http client ({@code --client jdk})
 * @param interview     the interview to watch ({@code --interview}), or null for the first live one
 * @param padding       extra characters in every post ({@code --pad N})
 * @param awaitViewers  viewer sessions the nodes must report, all processes together, before the first post
 */
record InterviewOptions(List<URI> nodes, URI postTo, int viewers, double rate, int seconds, String user,
                        String password, int clientsPerNode, int stalled, boolean nioClient, int ioThreads,
                        int stalledReceiveBuffer, String interview, String padding, int awaitViewers) {

    /** The settings from the options by name, defaults for the absent ones. */
    static InterviewOptions of(Map<String, String> options) {
        List<URI> nodes = Arrays.stream(options.getOrDefault("url", "ws://localhost:8080").split(","))
                .map(String::strip).map(URI::create).toList();
        return new InterviewOptions(nodes,
                URI.create(options.getOrDefault("post-url", nodes.get(0).toString()).replaceFirst("^ws", "http")),
                Integer.parseInt(options.getOrDefault("viewers", "1000")),
                Double.parseDouble(options.getOrDefault("rate", "2")),
                Integer.parseInt(options.getOrDefault("seconds", "30")),
                options.getOrDefault("user", "host"),
                options.getOrDefault("password", "Minsheng@2026"),
                Integer.parseInt(options.getOrDefault("clients", "4")),
                Integer.parseInt(options.getOrDefault("stalled", "0")),
                !options.getOrDefault("client", "lean").equals("jdk"),
                Integer.parseInt(options.getOrDefault("io-threads", "2")),
                Integer.parseInt(options.getOrDefault("stalled-rcvbuf", "4096")),
                options.get("interview"),
                "说".repeat(Integer.parseInt(options.getOrDefault("pad", "0"))),
                Integer.parseInt(options.getOrDefault("await-viewers", "0")));
    }
}
