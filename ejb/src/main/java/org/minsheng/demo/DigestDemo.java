package org.minsheng.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import org.minsheng.cases.api.NewCase;
import org.minsheng.cases.application.CaseService;
import org.minsheng.identity.api.Roles;

/**
 * The digest's demo messages: a few hundred residents' messages over the last 90 days, written for
 * the demo city in {@code demo/digest-topics.tsv}, one row per topic (department, first and last
 * day ago, how many messages, title and body variants separated by "|"). Each message is from a
 * resident of its own and spread evenly over its days; those of the last week are still open, the
 * older ones answered (not published), so the dashboard shows hot topics, trends and scorecards.
 * They are loaded after start, by a timer that the demo loader's transaction sets (so it runs once
 * the departments are committed), one transaction per message, so that the first start is not held
 * up by them.
 */
@Stateless
@RunAs(Roles.ADMIN)
public class DigestDemo {

    private static final Logger LOG = Logger.getLogger(DigestDemo.class.getName());

    private static final String[] REPLIES = {
        "您好！已转相关部门现场核查，将督促责任单位限期整改，整改情况将及时反馈。",
        "您好！经核实，相关问题已纳入本月整治计划，感谢您的监督。"};

    @EJB
    CaseService cases;

    @Inject
    Clock clock;

    @Resource
    TimerService timers;

    /** Loads the messages a second after the calling transaction commits. */
    @RolesAllowed(Roles.ADMIN)
    public void loadAfterCommit() {
        timers.createSingleActionTimer(1000, new TimerConfig(null, false));
    }

    @Timeout
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void load(Timer timer) {
        int loaded = load(clock.instant());
        LOG.info(() -> "Demo data: " + loaded + " messages for the digest loaded");
    }

    private int load(Instant now) {
        int resident = 0;
        try (InputStream in = DigestDemo.class.getResourceAsStream("/demo/digest-topics.tsv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] t = line.split("\t", -1);
                long first = Long.parseLong(t[1]);
                long last = Long.parseLong(t[2]);
                int messages = Integer.parseInt(t[3]);
                String[] titles = t[4].split("\\|");
                String[] bodies = t[5].split("\\|");
                Duration span = Duration.ofDays(first - last).plusHours(last == 0 ? 0 : 20);
                for (int i = 0; i < messages; i++) {
                    // Spread over the span; the newest a few minutes before now on a topic of today.
                    Instant at = now.minus(Duration.ofDays(last)).minus(Duration.ofMinutes(5 + 7L * i))
                            .minus(span.multipliedBy(messages - 1 - i).dividedBy(Math.max(1, messages)));
                    resident++;
                    boolean open = Duration.between(at, now).toDays() < 7;
                    cases.importHistorical(new NewCase("MESSAGE_BOARD", null, titles[i % titles.length],
                            bodies[i % bodies.length], "居民" + resident, String.format("1397360%04d", resident), false, null),
                            t[0], at, open ? null : REPLIES[i % REPLIES.length], false,
                            answeredAt(at, i, now), open ? null : 3 + i % 3);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return resident;
    }

    /** Two to ten days after the message, never later than an hour ago. */
    private static Instant answeredAt(Instant at, int i, Instant now) {
        Instant answered = at.plus(Duration.ofDays(2 + i % 9));
        return answered.isAfter(now.minus(Duration.ofHours(1))) ? now.minus(Duration.ofHours(1)) : answered;
    }
}
