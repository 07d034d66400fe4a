package org.minsheng.cases.application;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.minsheng.cases.api.CaseDetails;
import org.minsheng.cases.api.NewCase;
import org.minsheng.cases.api.Receipt;
import org.minsheng.cases.api.RoutingSuggestion;
import org.minsheng.cases.domain.CaseFile;
import org.minsheng.cases.domain.CaseReceived;
import org.minsheng.cases.domain.Channel;
import org.minsheng.identity.api.ResidentPrincipal;
import org.minsheng.nlp.api.DuplicateSuggestion;

class CaseServiceTest {

    private final CaseWorld world = new CaseWorld();
    private final CaseService service = new CaseService();
    private final List<Dispatcher> dispatchers = new java.util.ArrayList<>();
    private CaseAnalysis analysis = CaseAnalysis.NONE;
    private List<DuplicateSuggestion> duplicates = List.of();

    /** The nlp feature's answers as the test sets them. */
    private final class CannedAnalyser extends CaseAnalyser {
        @Override
        public CaseAnalysis analyse(String title, String body) {
            return analysis;
        }

        @Override
        public List<DuplicateSuggestion> duplicatesOf(String caseId, String title, String body) {
            return duplicates;
        }
    }

    /** The deployed dispatch rules. */
    private final class Deployed implements Instance<Dispatcher> {
        @Override
        public Iterator<Dispatcher> iterator() {
            return dispatchers.iterator();
        }

        @Override
        public Dispatcher get() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instance<Dispatcher> select(Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends Dispatcher> Instance<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends Dispatcher> Instance<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isUnsatisfied() {
            return dispatchers.isEmpty();
        }

        @Override
        public boolean isAmbiguous() {
            return dispatchers.size() > 1;
        }

        @Override
        public void destroy(Dispatcher instance) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Handle<Dispatcher> getHandle() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Iterable<? extends Handle<Dispatcher>> handles() {
            throw new UnsupportedOperationException();
        }
    }

    CaseServiceTest() {
        CaseAnalyser analyser = new CannedAnalyser();
        analyser.insights = world.insights;
        service.clock = world.clock;
        service.cases = world.cases;
        service.access = world.access;
        service.steps = world.steps;
        service.viewer = world.viewer;
        service.caller = world.caller;
        service.caseClock = world.caseClock;
        service.analyser = analyser;
        service.dispatchers = new Deployed();
        service.events = world.events;
        service.publicAnswers = world.publicAnswers;
        service.workbench = world.workbench();
    }

    private static NewCase message(Channel channel, String title) {
        return new NewCase(channel.name(), null, title, "内容：" + title, "王小明", "13812345678", true, null);
    }

    private CaseFile stored(Receipt receipt) {
        return world.cases.byTrackingNumber(receipt.trackingNumber()).orElseThrow();
    }

    @Test
    void whatTheAnalysisFoundIsKeptWithTheCaseForTheDispatchers() {
        CaseFile earlier = world.received(Channel.MESSAGE_BOARD, "小区停水");
        analysis = new CaseAnalysis("供水", 0.8123, List.of(new RoutingSuggestion("供水", "zjj", 0.8123),
                new RoutingSuggestion("市政", null, 0.1)), true, "停水（老人）", List.of("混蛋"));
        duplicates = List.of(new DuplicateSuggestion(earlier.id(), 0.914), new DuplicateSuggestion("gone", 0.5));

        Receipt receipt = service.register(message(Channel.MESSAGE_BOARD, "小区又停水"));
        CaseDetails d = world.as("ddy").workbench().forStaff(stored(receipt).id());

        assertThat(receipt.trackingNumber()).isEqualTo("MS20261130-00002");
        assertThat(d.category()).isEqualTo("供水");
        assertThat(d.suggestions()).extracting(s -> s.category() + " " + s.departmentCode() + " " + s.confidence())
                .containsExactly("供水 zjj 0.812", "市政 null 0.1");
        assertThat(d.duplicates()).extracting(h -> h.trackingNumber() + " " + h.score())
                .containsExactly(earlier.trackingNumber() + " 0.91");
        assertThat(d.urgent()).isTrue();
        assertThat(d.sensitiveWords()).isEqualTo("混蛋");
        assertThat(d.timeline()).extracting(t -> t.action() + " " + t.actor()).containsExactly("REGISTERED anonymous");
        assertThat(world.audit.records).singleElement().satisfies(a -> assertThat(a.action() + " " + a.detail())
                .isEqualTo("case.register MS20261130-00002 MESSAGE_BOARD 供水"));
        assertThat(world.events.of(CaseReceived.class)).hasSize(1);
        assertThat(world.insights.indexed).contains(d.id());
    }

    @Test
    void aDispatchRuleSendsTheCaseOnAtOnce() {
        dispatchers.add(new Dispatcher() {
            @Override
            public Optional<Decision> decide(Submission submission) {
                return Optional.of(new Decision("zjj", "classifier"));
            }

            @Override
            public int priority() {
                return 10;
            }
        });

        CaseFile c = stored(service.register(message(Channel.MESSAGE_BOARD, "楼道漏水")));

        assertThat(c.departmentCode()).isEqualTo("zjj");
        assertThat(c.timeLimit().dueAt()).isEqualTo(Instant.parse("2026-12-21T16:00:00Z"));
        assertThat(world.audit.records).extracting(a -> a.actor() + " " + a.action() + " " + a.detail())
                .containsExactly("anonymous case.register MS20261130-00001 MESSAGE_BOARD",
                        "system case.dispatch zjj — classifier");
    }

    @Test
    void aReportIsNeitherCheckedForNorOfferedAsADuplicate() {
        CaseFile earlier = world.received(Channel.MESSAGE_BOARD, "某科长收钱");
        duplicates = List.of(new DuplicateSuggestion(earlier.id(), 0.9));

        CaseFile report = stored(service.register(message(Channel.REPORT_MAILBOX, "举报某科长收钱")));

        assertThat(report.findings().duplicates()).isEmpty();
        assertThat(report.resident().publicRequested()).as("a report is never published").isFalse();
        assertThat(world.insights.indexed).doesNotContain(report.id());
    }

    @Test
    void aSignedInResidentsMessageIsLinkedToTheAccountAndLookUpNeedsTheCode() {
        world.caller.name = "r-13800000000";
        world.caller.roles = Set.of(ResidentPrincipal.ROLE);

        Receipt receipt = service.register(message(Channel.MESSAGE_BOARD, "我的留言"));

        assertThat(stored(receipt).resident().account()).isEqualTo("r-13800000000");
        assertThat(service.lookup(receipt.trackingNumber(), receipt.queryCode())).get()
                .satisfies(d -> assertThat(d.residentMobile()).isNull());
        assertThat(service.lookup(receipt.trackingNumber(), "wrong")).isEmpty();
        assertThat(service.lookup("not a number", receipt.queryCode())).isEmpty();
    }
}
