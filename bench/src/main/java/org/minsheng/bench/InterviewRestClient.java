package org.minsheng.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark's REST side: the host's sign-in and posts, the interview's post numbers, and the
 * nodes' live metrics. One client with a cookie store, so the host signs in once (session cookie):
 * HTTP Basic would hash the password on every post.
 */
final class InterviewRestClient {

    private static final Pattern INTERVIEW = Pattern.compile(
            "\"id\":\"([^\"]+)\".*?\"lastSequence\":(\\d+).*?\"status\":\"(\\w+)\"");
    private static final Pattern SEQUENCE = Pattern.compile("\"sequence\":(\\d+)");
    private static final Pattern LAST_SEQUENCE = Pattern.compile("\"lastSequence\":(\\d+)");

    /** The interview to watch and the number of its last post before the run. */
    record LiveInterview(String id, long lastSequence) {
    }

    private final URI postTo;
    private final HttpClient rest = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(5)).build();

    InterviewRestClient(URI postTo) {
        this.postTo = postTo;
    }

    void signIn(String user, String password) throws Exception {
        HttpResponse<String> signIn = rest.send(HttpRequest.newBuilder(postTo.resolve("/api/session"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (signIn.statusCode() != 200) {
            throw new IllegalStateException("sign-in of " + user + " failed: " + signIn.body());
        }
    }

    /** The interview {@code id}, or the first live one when {@code id} is null. */
    LiveInterview findInterview(String id) throws Exception {
        String list = rest.send(HttpRequest.newBuilder(postTo.resolve("/api/interviews")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = INTERVIEW.matcher(list);
        while (m.find()) {
            if ((id == null && m.group(3).equals("LIVE")) || m.group(1).equals(id)) {
                return new LiveInterview(m.group(1), Long.parseLong(m.group(2)));
            }
        }
        throw new IllegalStateException("no live interview found at " + postTo
                + " (start one, or pass --interview ID)");
    }

    /**
     * Posts the next benchmark post: {@link InterviewBenchmark#MARKER}, its index and the send time,
     * then {@code padding}. Failures are counted and printed, not thrown: the schedule goes on.
     */
    void post(String interview, String padding, AtomicInteger posted, AtomicInteger postErrors) {
        int index = posted.getAndIncrement();
        String body = "{\"text\":\"" + InterviewBenchmark.MARKER + index + "@" + InterviewBenchmark.epochMicros()
                + " 压力测试发言：公交线网优化方案第" + index + "条说明。" + padding + "\"}";
        try {
            HttpResponse<String> response = rest.send(HttpRequest.newBuilder(postTo.resolve("/api/staff/interviews/"
                            + interview + "/posts"))
                    .header("Content-Type", "application/json").timeout(Duration.ofSeconds(10))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201 || !SEQUENCE.matcher(response.body()).find()) {
                postErrors.incrementAndGet();
                System.out.println("post failed: " + response.statusCode() + " " + response.body());
            }
        } catch (Exception e) {
            postErrors.incrementAndGet();
            System.out.println("post failed: " + BenchText.rootCause(e));
        }
    }

    /** The node's live-interview metrics as JSON, or why they could not be read. */
    String metrics(URI http) {
        try {
            return rest.send(HttpRequest.newBuilder(http.resolve("/api/interviews/live-metrics")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (Exception e) {
            return "unavailable: " + BenchText.rootCause(e);
        }
    }

    long lastSequence(String interview) throws Exception {
        Matcher m = LAST_SEQUENCE.matcher(rest.send(HttpRequest.newBuilder(postTo.resolve("/api/interviews/" + interview))
                .build(), HttpResponse.BodyHandlers.ofString()).body());
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    /** The numbers of the benchmark's posts (from any process) in (from, to]: what every viewer should have. */
    List<Long> benchPostsBetween(String interview, long from, long to) throws Exception {
        List<Long> found = new ArrayList<>();
        long after = from;
        while (after < to) {
            String page = rest.send(HttpRequest.newBuilder(postTo.resolve("/api/interviews/" + interview
                    + "/posts?after=" + after + "&limit=1000")).build(), HttpResponse.BodyHandlers.ofString()).body();
            Matcher posts = SEQUENCE.matcher(page);
            long last = after;
            int start = 0;
            while (posts.find()) {
                long seq = Long.parseLong(posts.group(1));
                // Each post object is one {...}; look for the marker within it.
                int objectStart = page.lastIndexOf('{', posts.start());
                int objectEnd = page.indexOf('}', posts.end());
                if (seq <= to && page.substring(Math.max(start, objectStart), objectEnd)
                        .contains(InterviewBenchmark.MARKER)) {
                    found.add(seq);
                }
                start = objectEnd;
                last = Math.max(last, seq);
            }
            if (last == after) {
                break;
            }
            after = last;
        }
        return found;
    }
}
