package org.minsheng.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.minsheng.cases.api.NewCase;
import org.minsheng.cases.application.CaseService;
import org.minsheng.cases.application.FaqService;
import org.minsheng.identity.api.Roles;
import org.minsheng.identity.application.StaffService;
import org.minsheng.identity.domain.Role;
import org.minsheng.intake.api.Submission;
import org.minsheng.intake.application.IntakeService;
import org.minsheng.interview.api.GuestView;
import org.minsheng.interview.application.InterviewAnnouncements;
import org.minsheng.interview.application.InterviewHosting;
import org.minsheng.interview.application.QuestionModeration;
import org.minsheng.site.application.SiteService;

/** Loads the demo city into an empty database. */
@Singleton
@Startup
@DependsOn({"SchemaMigrator", "LexiconSeeder"})
@RunAs(Roles.ADMIN)
public class DemoData {

    /** The password of every demo staff account; printed by the launcher. */
    public static final String DEMO_PASSWORD = org.minsheng.identity.domain.PasswordPolicy.DEMO_PASSWORD;
    /** Ratings given to the imported answers, so that the statistics show a satisfaction rate. */
    private static final Integer[] DEMO_RATINGS = {5, 4, 5, 3, 2};
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "minsheng.demo-data", defaultValue = "true")
    boolean enabled;

    @EJB
    SiteService site;

    @EJB
    StaffService staff;

    @EJB
    CaseService cases;

    @EJB
    IntakeService intake;

    @EJB
    FaqService faq;

    @EJB
    DigestDemo digestDemo;

    @EJB
    InterviewAnnouncements announcements;

    @EJB
    InterviewHosting hosting;

    @EJB
    QuestionModeration moderation;

    @EJB
    HotlineDemo hotline;

    @Inject
    NewsDemo news;

    @Inject
    GuideDemo guides;

    @Inject
    DisclosureDemo disclosure;

    @Inject
    PollDemo polls;

    @Inject
    HearingDemo hearingDemo;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void load() {
        if (!enabled || !site.departments().isEmpty()) {
            return;
        }
        for (String[] d : rows("departments.tsv")) {
            site.addDepartment(d[0], d[1], d[2], Boolean.parseBoolean(d[3]));
        }
        for (String[] l : rows("leaders.tsv")) {
            site.addLeader(l[0], l[1], l[2], l[3], l[4]);
        }
        Set<String> staffed = new java.util.HashSet<>();
        for (String[] s : rows("staff.tsv")) {
            Set<Role> roles = EnumSet.noneOf(Role.class);
            Arrays.stream(s[2].split(",")).map(Role::valueOf).forEach(roles::add);
            staff.create(s[0], s[1], DEMO_PASSWORD, roles, s[3]);
            if (roles.contains(Role.HANDLER)) {
                staffed.add(s[3]);
            }
        }
        // Every other department gets one handler, named by its code, so that routed cases can be answered.
        for (String[] d : rows("departments.tsv")) {
            if (!staffed.contains(d[0])) {
                staff.create(d[0], d[1] + "办理员", DEMO_PASSWORD, EnumSet.of(Role.HANDLER), d[0]);
            }
        }
        Instant now = clock.instant();
        int loaded = 0;
        for (String[] c : rows("cases.tsv")) {
            String channel = c[0];
            String leader = c[1].isBlank() ? null : c[1];
            Instant received = now.minus(Duration.ofDays(Long.parseLong(c[4]))).minus(Duration.ofHours(loaded % 7));
            boolean publicRequested = Boolean.parseBoolean(c[5]);
            if ("DISPATCHED".equals(c[3]) && c[2].isBlank()) {
                // Left for the platform's dispatchers, exactly as a new submission would be.
                intake.submit(new Submission(channel, leader, c[6], c[7], null, null, publicRequested, null));
            } else {
                String reply = c[3].equals("DISPATCHED") ? null : c[8];
                String number = cases.importHistorical(new NewCase(channel, leader, c[6], c[7], null, null,
                        publicRequested, null), c[2], received, reply, "PUBLIC".equals(c[3]),
                        received.plus(Duration.ofDays(2 + loaded % 5)), reply == null ? null : DEMO_RATINGS[loaded % 5]);
                if ("CONSULTATION".equals(channel) && reply != null) {
                    faq.publishAnswerOf(number); // answered consultations seed the FAQ residents see
                }
            }
            loaded++;
        }
        digestDemo.loadAfterCommit();
        int interviewCount = loadInterviews(now);
        hotline.load(DEMO_PASSWORD);
        LOG.info("Demo content loaded: " + news.load(now) + " articles, " + guides.load() + " service guides");
        disclosure.load(now);

        LOG.info("Demo polls loaded: " + polls.load(now) + ", hearings: " + hearingDemo.load(now));
        LOG.info("Demo data loaded: departments, leaders, staff accounts, " + loaded + " cases and "
                + interviewCount + " interviews");
    }

    /**
     * One announced, one live and one finished interview (with its transcript and the follow-up
     * cases of questions not answered on air), built through the interview service's own use cases.
     */
    private int loadInterviews(Instant now) {
        List<String[]> rows = rows("interviews.tsv");
        java.util.Map<String, String[]> heads = new java.util.LinkedHashMap<>();
        java.util.Map<String, List<String[]>> guests = new java.util.HashMap<>();
        for (String[] r : rows) {
            if (r[0].equals("interview")) {
                heads.put(r[1], r);
            } else if (r[0].equals(Roles.GUEST)) {
                guests.computeIfAbsent(r[1], k -> new ArrayList<>()).add(r);
            }
        }
        int viewer = 0;
        for (String[] head : heads.values()) {
            String key = head[1];
            List<String[]> g = guests.get(key);
            String id = announcements.announce(new InterviewAnnouncements.NewInterview(head[5], head[6], head[4],
                    now.plus(Duration.ofDays(Long.parseLong(head[3]))).minus(Duration.ofHours(1)),
                    g.stream().map(x -> new GuestView(x[2], x[3], x[4], null)).toList(),
                    g.stream().map(x -> x[5].isBlank() ? null : x[5]).toList()));
            if (head[2].equals("ANNOUNCED")) {
                askAll(rows, key, id, viewer);
                continue;
            }
            hosting.start(id);
            for (String[] r : rows) {
                if (r[0].equals("post") && r[1].equals(key)) {
                    hosting.postAsGuest(id, Integer.parseInt(r[2]), r[3]);
                }
            }
            viewer = askAll(rows, key, id, viewer);
            for (String[] r : rows) {
                if (r[0].equals("summary") && r[1].equals(key) && head[2].equals("FINISHED")) {
                    hosting.finish(id, r[2]);
                }
            }
        }
        return heads.size();
    }

    private int askAll(List<String[]> rows, String key, String id, int firstViewer) {
        int viewer = firstViewer;
        for (String[] r : rows) {
            if (!r[0].equals("question") || !r[1].equals(key)) {
                continue;
            }
            String questionId = moderation.ask(id, "demo-viewer-" + (viewer++), r[2], r[3]).questionId();
            if (r[4].equals("approve") || r[4].equals("answer")) {
                moderation.approve(questionId);
            }
            if (r[4].equals("answer")) {
                moderation.answer(questionId, r[5]);
            }
        }
        return viewer;
    }

    private static List<String[]> rows(String name) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = DemoData.class.getResourceAsStream("/demo/" + name);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    rows.add(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
