package org.minsheng.digest.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minsheng.digest.infrastructure.DigestEvents.received;
import static org.minsheng.digest.infrastructure.DigestEvents.send;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.Test;
import org.minsheng.digest.api.DigestWindow;
import org.minsheng.digest.api.HotTopicView;
import org.minsheng.digest.application.HotTopicRanking;
import org.minsheng.digest.domain.HotTopic;

class HotTopicTopologyTest {

    private static List<HotTopic> topics(TopologyTestDriver driver) {
        KeyValueStore<String, JsonObject> store = driver.getKeyValueStore(DigestTopology.HOT_TOPICS);
        List<HotTopic> topics = new ArrayList<>();
        try (KeyValueIterator<String, JsonObject> all = store.all()) {
            all.forEachRemaining(kv -> topics.add(DigestJson.topic(kv.value)));
        }
        return topics;
    }

    @Test
    void oneEstatesDustAndNoiseIsOneTopicAndAnotherEstateIsAnother() {
        try (TopologyTestDriver driver = DigestEvents.driver()) {
            TestInputTopic<String, JsonObject> input = DigestEvents.input(driver);
            send(input, received("c1", "2026-12-01T01:00:00Z", "MESSAGE_BOARD", "r1",
                    "金霞小区旁工地扬尘严重", "武陵区金霞小区旁边的工地每天扬尘，窗户都不敢开，请管一管。"));
            send(input, received("c2", "2026-12-01T02:00:00Z", "LEADER_MAILBOX", "r2",
                    "金霞小区附近施工噪音扰民", "金霞小区外面的工地晚上十一点还在打桩，噪音吵得孩子睡不着。"));
            send(input, received("c3", "2026-12-01T03:00:00Z", "MESSAGE_BOARD", "r3",
                    "投诉金霞小区工地夜间施工", "金霞小区东门工地夜间施工，灰尘和噪声都很大。"));
            send(input, received("c4", "2026-12-01T04:00:00Z", "MESSAGE_BOARD", "r4",
                    "桃花源小区停车难", "鼎城区桃花源小区车位太少，晚上停车难，消防通道被占。"));

            List<HotTopic> topics = topics(driver);
            assertThat(topics).hasSize(2);
            HotTopic jinxia = topics.stream().filter(t -> t.estates().contains("金霞小区")).findFirst().orElseThrow();
            assertThat(jinxia.messages()).extracting(m -> m.id()).containsExactly("c1", "c2", "c3");

            List<HotTopicView> ranked = HotTopicRanking.rank(topics, DigestWindow.DAY,
                    Instant.parse("2026-12-01T05:00:00Z"), 10);
            assertThat(ranked).as("a topic needs three residents").hasSize(1);
            HotTopicView top = ranked.get(0);
            assertThat(top.label()).startsWith("金霞小区");
            assertThat(top.residents()).isEqualTo(3);
            assertThat(top.messages()).isEqualTo(3);
            assertThat(top.places()).contains("金霞小区", "武陵区");
            assertThat(top.first()).isEqualTo(Instant.parse("2026-12-01T01:00:00Z"));
            assertThat(top.last()).isEqualTo(Instant.parse("2026-12-01T03:00:00Z"));
            assertThat(top.representative()).hasSize(3);
            assertThat(top.perDay()).singleElement().satisfies(d -> assertThat(d.count()).isEqualTo(3));
        }
    }

    @Test
    void oneResidentRepeatingThemselfCountsOnce() {
        try (TopologyTestDriver driver = DigestEvents.driver()) {
            TestInputTopic<String, JsonObject> input = DigestEvents.input(driver);
            for (int i = 0; i < 6; i++) {
                send(input, received("r" + i, "2026-12-01T0" + i + ":10:00Z", "MESSAGE_BOARD", "same-resident",
                        "朗州路垃圾站臭气熏天", "朗州路垃圾站臭气熏天，夏天更严重，希望尽快搬迁垃圾站" + "！".repeat(i)));
            }
            send(input, received("o1", "2026-12-01T07:00:00Z", "MESSAGE_BOARD", "other-1",
                    "朗州路垃圾站臭气熏天", "朗州路垃圾站臭气熏天，夏天更严重，希望尽快搬迁垃圾站"));
            List<HotTopic> topics = topics(driver);
            assertThat(topics).hasSize(1);
            assertThat(topics.get(0).messages()).filteredOn(m -> !m.repeat()).hasSize(1);
            assertThat(HotTopicRanking.rank(topics, DigestWindow.DAY, Instant.parse("2026-12-01T08:00:00Z"), 10))
                    .as("two residents, however many messages, are not a hot topic").isEmpty();
        }
    }

    @Test
    void windowsCountOnlyTheirMessagesAndRecentTopicsRankFirst() {
        try (TopologyTestDriver driver = DigestEvents.driver()) {
            TestInputTopic<String, JsonObject> input = DigestEvents.input(driver);
            // An old topic with many residents, twenty days ago …
            for (int i = 0; i < 6; i++) {
                send(input, received("old" + i, "2026-11-11T0" + i + ":00:00Z", "MESSAGE_BOARD", "old-" + i,
                        "丽景花园电梯故障", "丽景花园" + (i + 1) + "栋电梯经常故障停运，老人上下楼困难，物业不修。"));
            }
            // … and a new one with three residents yesterday.
            for (int i = 0; i < 3; i++) {
                send(input, received("new" + i, "2026-11-30T1" + i + ":00:00Z", "MESSAGE_BOARD", "new-" + i,
                        "德山街道停水", "德山街道今天又停水了，没有提前通知，居民生活不便，停水" + i + "天"));
            }
            Instant now = Instant.parse("2026-12-01T02:00:00Z");
            List<HotTopic> topics = topics(driver);
            assertThat(HotTopicRanking.rank(topics, DigestWindow.WEEK, now, 10))
                    .extracting(HotTopicView::label).singleElement().asString().contains("德山街道");
            List<HotTopicView> month = HotTopicRanking.rank(topics, DigestWindow.MONTH, now, 10);
            assertThat(month).hasSize(2);
            assertThat(month.get(0).label()).as("recency decays the older topic's heat").contains("德山街道");
            assertThat(HotTopicRanking.rank(topics, DigestWindow.ALL, now, 10).get(0).label())
                    .as("without decay the larger topic leads").contains("丽景花园");
        }
    }

    @Test
    void aBurstAboveTheUsualLevelRaisesAnAlertWithResponseClocks() {
        try (TopologyTestDriver driver = DigestEvents.driver()) {
            TestInputTopic<String, JsonObject> input = DigestEvents.input(driver);
            for (int i = 0; i < 5; i++) {
                send(input, received("b" + i, "2026-12-01T02:1" + i + ":00Z", "MESSAGE_BOARD", "b-" + i,
                        "汉寿县城区突然停电", "汉寿县城区大面积停电，第" + i + "次反映，电梯困人，冰箱断电。"));
            }
            KeyValueStore<String, JsonObject> alerts = driver.getKeyValueStore(DigestTopology.ALERTS);
            JsonObject district = alerts.get("DISTRICT|汉寿县");
            assertThat(district).isNotNull();
            assertThat(district.getInt("lastHour")).isEqualTo(5);
            assertThat(district.getString("raisedAt")).isEqualTo("2026-12-01T02:12:00Z");
            assertThat(district.getString("firstResponseDue")).isEqualTo("2026-12-01T07:12:00Z");
            assertThat(district.getString("answerDue")).as("not major: 48 h").isEqualTo("2026-12-03T02:12:00Z");
            int topicAlerts = 0;
            try (var all = alerts.all()) {
                while (all.hasNext()) {
                    topicAlerts += all.next().key.startsWith("TOPIC|") ? 1 : 0;
                }
            }
            assertThat(topicAlerts).isEqualTo(1);
        }
    }
}
