package org.minsheng.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The leaders' digest on a real server: letters submitted through the REST API join the demo
 * city's messages, and once the topology has caught up the department scorecards and the trends
 * per channel and day equal a recount of the stored cases; the dashboard is the leaders' and
 * administrators' only.
 */
@ExtendWith(ArquillianExtension.class)
class DigestIT {

    private static final ZoneId CITY = ZoneId.of("Asia/Shanghai");

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.minshengEar();
    }

    @Test
    void scorecardsAndTrendsEqualARecountOfTheStoredCases() throws Exception {
        Api resident = Api.anonymous();
        for (int i = 0; i < 4; i++) {
            Api.Reply reply = resident.post("/api/submissions", Json.createObjectBuilder().add("channel", "MESSAGE_BOARD")
                    .add("title", "皂果路积水 " + i).add("body", "武陵区皂果路一下雨就积水，电动车熄火，请尽快疏通排水管道。")
                    .add("name", "测试居民" + i).add("mobile", "1397361000" + i)
                    .add("publicRequested", false).build().toString());
            assertThat(reply.status()).isEqualTo(201);
        }
        // The demo city's digest messages load in the background after start: wait until the figures
        // and the stored cases agree, then compare once more, so a difference is shown in full.
        Api leader = Api.signedIn("leader");
        AtomicReference<Map<String, String>> lastCards = new AtomicReference<>();
        Await.until(Duration.ofSeconds(300), () -> {
            lastCards.set(scorecards(leader));
            return lastCards.get() != null && lastCards.get().equals(recountCards())
                    && recountTrends().equals(channelTrends(leader));
        });
        assertThat(scorecards(leader)).as("received/answered/closed/rated per department").isEqualTo(recountCards());
        assertThat(channelTrends(leader)).as("messages per channel and day").isEqualTo(recountTrends());
        assertThat(Database.count("select count(*) from case_file")).as("the demo messages are there")
                .isGreaterThan(300);

        Api.Reply topics = leader.get("/api/digest/topics?window=DAY");
        assertThat(topics.status()).isEqualTo(200);
        assertThat(topics.array()).as("the demo city's topic of today and the new letters").isNotEmpty();
        assertThat(leader.page("/staff/digest").body()).contains("热点话题").contains("金霞小区");
        assertThat(Api.signedIn("dispatcher").page("/staff/digest").status()).isEqualTo(403);
        assertThat(leader.get("/api/digest/trends?dimension=colour").status()).isEqualTo(422);
    }

    private static Map<String, String> recountCards() {
        Map<String, String> cards = new TreeMap<>();
        query("select department_code, count(*), count(answered_at), sum(case when status = 'CLOSED' then 1 else 0 end),"
                + " count(rating) from case_file where channel <> 'REPORT_MAILBOX' and department_code is not null"
                + " group by department_code", rows -> cards.put(rows.getString(1), rows.getLong(2) + "/"
                + rows.getLong(3) + "/" + rows.getLong(4) + "/" + rows.getLong(5)));
        return cards;
    }

    private static Map<String, String> recountTrends() {
        Map<String, Long> counts = new TreeMap<>();
        query("select received_at, channel from case_file where channel <> 'REPORT_MAILBOX'", rows -> counts.merge(
                rows.getString(2) + "|" + rows.getObject(1, OffsetDateTime.class).atZoneSameInstant(CITY).toLocalDate(),
                1L, Long::sum));
        Map<String, String> trends = new TreeMap<>();
        counts.forEach((k, v) -> trends.put(k, String.valueOf(v)));
        return trends;
    }

    private interface Row {
        void read(ResultSet rows) throws java.sql.SQLException;
    }

    private static void query(String sql, Row row) {
        try (Connection db = DriverManager.getConnection(System.getProperty("it.db.url"),
                System.getProperty("it.db.user"), System.getProperty("it.db.password"));
             Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                row.read(rows);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> scorecards(Api leader) {
        Api.Reply reply = leader.get("/api/digest/scorecards");
        if (reply.status() != 200) {
            return null;
        }
        Map<String, String> cards = new TreeMap<>();
        reply.array().stream().map(JsonObject.class::cast).forEach(c -> {
            long rated = c.getJsonObject("satisfaction").values().stream()
                    .mapToLong(v -> ((jakarta.json.JsonNumber) v).longValue()).sum();
            cards.put(c.getString("departmentCode"), c.getJsonNumber("received").longValue() + "/"
                    + c.getJsonNumber("answered").longValue() + "/" + c.getJsonNumber("closed").longValue() + "/" + rated);
        });
        return cards;
    }

    private static Map<String, String> channelTrends(Api leader) {
        Api.Reply reply = leader.get("/api/digest/trends?dimension=channel&period=day&periods=100");
        if (reply.status() != 200) {
            return null;
        }
        Map<String, String> counts = new TreeMap<>();
        reply.array().stream().map(JsonObject.class::cast).filter(r -> r.getJsonNumber("count").longValue() > 0)
                .forEach(r -> counts.put(r.getString("value") + "|" + r.getString("period"),
                        String.valueOf(r.getJsonNumber("count").longValue())));
        return counts;
    }
}
