package org.minsheng.digest.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minsheng.digest.infrastructure.DigestEvents.event;
import static org.minsheng.digest.infrastructure.DigestEvents.received;
import static org.minsheng.digest.infrastructure.DigestEvents.send;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.Map;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;
import org.minsheng.digest.domain.DepartmentTally;

class ScorecardTopologyTest {

    private static JsonObject dispatched(String caseId, String at, String department) {
        return event("CaseDispatched", caseId, at, Json.createObjectBuilder().add("departmentCode", department));
    }

    private static JsonObject answered(String caseId, String at, String department, int days, boolean onTime) {
        return event("CaseAnswered", caseId, at, Json.createObjectBuilder().add("departmentCode", department)
                .add("workingDaysTaken", days).add("onTime", onTime));
    }

    private static JsonObject rated(String caseId, String at, int score, boolean reopened) {
        return event("FeedbackGiven", caseId, at, Json.createObjectBuilder().add("score", score).add("reopened", reopened));
    }

    private static DepartmentTally tally(TopologyTestDriver driver, String department) {
        return DigestJson.tally(driver.<String, JsonObject>getKeyValueStore(DigestTopology.SCORECARDS).get(department));
    }

    @Test
    void scorecardsFollowEachCaseToItsCurrentStateAndDepartment() {
        try (TopologyTestDriver driver = DigestEvents.driver()) {
            TestInputTopic<String, JsonObject> input = DigestEvents.input(driver);
            for (String c : new String[] {"c1", "c2", "c3"}) {
                send(input, received(c, "2026-12-01T01:00:00Z", "MESSAGE_BOARD", "r-" + c, "路灯不亮", "朗州路路灯不亮"));
                send(input, dispatched(c, "2026-12-01T01:05:00Z", "cgj"));
            }
            send(input, answered("c1", "2026-12-02T01:00:00Z", "cgj", 1, true));
            send(input, rated("c1", "2026-12-02T05:00:00Z", 5, false));
            // The relay sent the answer again (a crash between sending and marking it sent): dropped,
            // else the case would count as answered but no longer closed.
            send(input, answered("c1", "2026-12-02T01:00:00Z", "cgj", 1, true));
            send(input, answered("c2", "2026-12-20T01:00:00Z", "cgj", 13, false));
            send(input, rated("c2", "2026-12-21T01:00:00Z", 1, true));
            // c3 was returned and went to another department.
            send(input, event("CaseReturned", "c3", "2026-12-01T03:00:00Z",
                    Json.createObjectBuilder().add("departmentCode", "cgj").add("reason", "不属本单位")));
            send(input, dispatched("c3", "2026-12-01T04:00:00Z", "zjj"));
            // A report is never counted outside the discipline commission.
            send(input, received("r1", "2026-12-01T01:00:00Z", "REPORT_MAILBOX", null, "", ""));
            send(input, dispatched("r1", "2026-12-01T01:05:00Z", "cgj"));

            DepartmentTally cgj = tally(driver, "cgj");
            assertThat(cgj.received()).isEqualTo(2);
            assertThat(cgj.answered()).isEqualTo(2);
            assertThat(cgj.answeredOnTime()).isEqualTo(1);
            assertThat(cgj.closed()).as("c1 rated satisfied; c2 reopened").isEqualTo(1);
            assertThat(cgj.reopened()).isEqualTo(1);
            assertThat(cgj.satisfaction()).isEqualTo(Map.of(1, 1L, 5, 1L));
            assertThat(cgj.averageWorkingDays()).isEqualTo(7.0);
            assertThat(cgj.p90WorkingDays()).isEqualTo(13);
            DepartmentTally zjj = tally(driver, "zjj");
            assertThat(zjj.received()).isEqualTo(1);
            assertThat(zjj.returned()).as("returned once on its way").isEqualTo(1);

            Long zjjToday = driver.<String, Long>getKeyValueStore(DigestTopology.DEPARTMENT_TRENDS).get("department|zjj|2026-12-01");
            assertThat(zjjToday).isEqualTo(1L);
            assertThat(driver.<String, Long>getKeyValueStore(DigestTopology.TRENDS).get("channel|MESSAGE_BOARD|2026-12-01"))
                    .isEqualTo(3L);
            assertThat(driver.<String, Long>getKeyValueStore(DigestTopology.TRENDS).get("channel|REPORT_MAILBOX|2026-12-01"))
                    .isNull();
        }
    }
}
