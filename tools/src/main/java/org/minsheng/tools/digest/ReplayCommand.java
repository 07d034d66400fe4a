package org.minsheng.tools.digest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.minsheng.cases.api.CaseEvents;
import org.minsheng.digest.api.DigestWindow;
import org.minsheng.digest.api.HotTopicView;
import org.minsheng.digest.application.HotTopicRanking;
import org.minsheng.digest.domain.AlertRule;
import org.minsheng.digest.domain.HotTopic;
import org.minsheng.digest.infrastructure.DigestJson;
import org.minsheng.digest.infrastructure.DigestTopology;
import org.minsheng.nlp.infrastructure.TextInsightsFactory;
import org.minsheng.shared.kafka.Topic;
import org.minsheng.shared.time.CityTime;

/**
 * {@code digest replay FILE [--top N]}: runs a messages file (columns 留言编号, 留言用户, 留言主题,
 * 留言时间, 留言详情, 点赞数, 反对数) through the digest's own topology, in process, each message
 * a received-case event at its own time, and prints the hottest topics over the whole period.
 * Exit codes: 0 done, 2 bad arguments or a file that is not such a messages file.
 */
public final class ReplayCommand {

    public static final int DONE = 0;
    public static final int BAD_INPUT = 2;
    static final List<String> COLUMNS = List.of("留言编号", "留言用户", "留言主题", "留言时间", "留言详情", "点赞数", "反对数");
    static final String HEADER = "rank\theat\tmessages\tresidents\tlikes\ttopic\tkeywords";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("[yyyy/M/d][yyyy-M-d] H:mm[:ss]");
    private static final String USAGE = "用法 / usage: digest replay FILE [--top N]";

    private final PrintStream out;
    private final PrintStream err;

    public ReplayCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(new ReplayCommand(out, err).run(args));
    }

    record Row(String id, String resident, String title, Instant at, String body, int likes, int dislikes) {
    }

    /** A file that is not a messages file; the message says where and why, in both languages. */
    static final class BadFile extends Exception {
        BadFile(String message) {
            super(message);
        }
    }

    public int run(String... args) {
        if (args.length < 2 || !"replay".equals(args[0])) {
            err.println(USAGE);
            return BAD_INPUT;
        }
        int top = 10;
        Path file = Path.of(args[1]);
        for (int i = 2; i < args.length; i++) {
            if ("--top".equals(args[i]) && i + 1 < args.length && args[i + 1].matches("\\d{1,4}")
                    && Integer.parseInt(args[i + 1]) > 0) {
                top = Integer.parseInt(args[++i]);
            } else {
                err.println("未知或无效的参数 / unknown or invalid argument: " + args[i] + "\n" + USAGE);
                return BAD_INPUT;
            }
        }
        List<Row> rows;
        try {
            rows = read(file);
        } catch (BadFile e) {
            err.println(e.getMessage());
            return BAD_INPUT;
        }
        List<HotTopicView> hottest = replay(rows, top);
        out.println(HEADER);
        for (HotTopicView t : hottest) {
            out.println(t.rank() + "\t" + t.heat() + "\t" + t.messages() + "\t" + t.residents() + "\t" + t.likes()
                    + "\t" + t.label() + "\t" + String.join(" ", t.keywords()));
        }
        if (System.getenv("MINSHENG_REPLAY_MESSAGES") != null) {
            hottest.forEach(t -> t.representative().forEach(m -> err.println(t.rank() + "\t" + m.id() + "\t"
                    + m.at().atZone(CityTime.ZONE).toLocalDate() + "\t" + m.likes() + "\t" + m.title())));
        }
        return DONE;
    }

    static List<Row> read(Path file) throws BadFile {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new BadFile("文件不是 UTF-8 文本 / not a UTF-8 text file: " + file);
        } catch (IOException | UncheckedIOException e) {
            throw new BadFile("无法读取文件 / cannot read the file: " + file);
        }
        if (lines.isEmpty()) {
            throw new BadFile("文件为空 / the file is empty: " + file);
        }
        List<String> header = List.of(lines.get(0).replace("\uFEFF", "").strip().split("\t"));
        if (!header.stream().map(String::strip).toList().equals(COLUMNS)) {
            throw new BadFile("表头应为 / the header must be: " + String.join("\t", COLUMNS) + "\n  文件中为 / found: "
                    + String.join("\t", header));
        }
        List<Row> rows = new ArrayList<>();
        for (int n = 1; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != COLUMNS.size()) {
                throw new BadFile("第 " + (n + 1) + " 行应有 7 列，实有 " + f.length + " 列 / line " + (n + 1)
                        + " has " + f.length + " columns, not 7");
            }
            try {
                rows.add(new Row(f[0].strip(), f[1].strip(), f[2].strip(),
                        LocalDateTime.parse(f[3].strip(), TIME).atZone(CityTime.ZONE).toInstant(), f[4].strip(),
                        Integer.parseInt(f[5].strip()), Integer.parseInt(f[6].strip())));
            } catch (DateTimeParseException | NumberFormatException e) {
                throw new BadFile("第 " + (n + 1) + " 行的时间或点赞数无效 / line " + (n + 1)
                        + ": invalid time or vote count (" + f[3] + ", " + f[5] + ", " + f[6] + ")");
            }
        }
        if (rows.isEmpty()) {
            throw new BadFile("文件中没有留言 / the file has no messages: " + file);
        }
        return rows;
    }

    /** The messages in time order through the topology, topics kept for the whole period. */
    static List<HotTopicView> replay(List<Row> rows, int top) {
        Topic<String, JsonObject> caseEvents = Topic.of(CaseEvents.STREAM);
        List<Row> inOrder = new ArrayList<>(rows);
        inOrder.sort(Comparator.comparing(Row::at));
        Path state;
        try {
            state = Files.createTempDirectory("digest-replay");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "digest-replay");
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "in-process:9092");
        config.put(StreamsConfig.STATE_DIR_CONFIG, state.toString());
        config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        try (TopologyTestDriver driver = new TopologyTestDriver(DigestTopology.build(new StreamsBuilder(), caseEvents,
                TextInsightsFactory.createDefault(), Duration.ofDays(36_500), AlertRule.defaults()), config)) {
            TestInputTopic<String, JsonObject> input = driver.createInputTopic(caseEvents.name(),
                    caseEvents.keySerde().serializer(), caseEvents.valueSerde().serializer());
            for (Row row : inOrder) {
                input.pipeInput(row.id(), envelope(row), row.at());
            }
            KeyValueStore<String, JsonObject> store = driver.getKeyValueStore(DigestTopology.HOT_TOPICS);
            List<HotTopic> topics = new ArrayList<>();
            try (KeyValueIterator<String, JsonObject> all = store.all()) {
                all.forEachRemaining(kv -> topics.add(DigestJson.topic(kv.value)));
            }
            return HotTopicRanking.rank(topics, DigestWindow.ALL, inOrder.get(inOrder.size() - 1).at(), top);
        }
    }

    static JsonObject envelope(Row row) {
        return Json.createObjectBuilder().add("id", "replay-" + row.id()).add("type", "CaseReceived")
                .add("aggregateId", row.id()).add("occurredAt", row.at().toString())
                .add("data", Json.createObjectBuilder().add("caseId", row.id()).add("channel", "MESSAGE_BOARD")
                        .add("title", row.title()).add("body", row.body()).add("residentKey", row.resident())
                        .add("likes", row.likes()).add("dislikes", row.dislikes()))
                .build();
    }
}
