package org.minsheng.cases.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.minsheng.cases.api.CaseDetails;
import org.minsheng.cases.domain.CaseFile;
import org.minsheng.cases.domain.CaseStatus;
import org.minsheng.cases.domain.IllegalTransition;
import org.minsheng.cases.domain.VisitMethod;
import org.minsheng.shared.error.Forbidden;
import org.minsheng.shared.error.ValidationFailed;

class FollowUpVisitServiceTest {

    private final CaseWorld world = new CaseWorld();

    private CaseFile answered(String title) {
        CaseFile c = world.handledByZjj(title);
        world.as("zjj1").handling().answer(c.id(), "已维修。", true, c.version());
        world.as("shy").review().approve(c.id(), c.version());
        return c;
    }

    @Test
    void aDissatisfiedVisitReopensTheCaseLikeAnOnlineRating() {
        CaseFile c = answered("楼道漏水");

        CaseDetails d = world.as("ddy").followUpVisits().record(c.id(), "PHONE", 2, "还在漏", c.version());

        assertThat(d.status()).isEqualTo(CaseStatus.HANDLING.name());
        assertThat(d.rating()).isEqualTo(2);
        assertThat(d.redoCount()).isEqualTo(1);
        assertThat(world.hotline.visits).singleElement().satisfies(v -> {
            assertThat(v.method()).isEqualTo(VisitMethod.PHONE);
            assertThat(v.visitedBy()).isEqualTo("ddy");
            assertThat(v.visitedAt()).isEqualTo(CaseWorld.MONDAY);
        });
        assertThat(d.timeline()).extracting(t -> t.action() + " " + t.note())
                .contains("FOLLOW_UP_VISIT 电话回访：不满意：还在漏", "REOPENED 第1次重办");
        assertThat(world.inbox.subjectsTo("zjj1")).contains("群众不满意，需重办：" + c.trackingNumber());
        assertThat(world.audit.actions()).contains("case.follow-up-visit");
    }

    @Test
    void theLeadDepartmentVisitsItsOwnCaseAndASatisfiedVisitCloses() {
        CaseFile c = answered("路灯不亮");

        CaseDetails d = world.as("zjj1").followUpVisits().record(c.id(), "VISIT", 5, null, c.version());

        assertThat(d.status()).isEqualTo(CaseStatus.CLOSED.name());
    }

    @Test
    void anotherDepartmentMayNotVisitAndARatedCaseIsNotRatedAgain() {
        CaseFile c = answered("噪音扰民");
        FollowUpVisitService visits = world.as("cgj1").followUpVisits();
        assertThatThrownBy(() -> visits.record(c.id(), "PHONE", 4, null, c.version()))
                .isInstanceOf(org.minsheng.shared.error.NotFound.class);

        world.as("shy").followUpVisits().record(c.id(), "PHONE", 4, null, c.version());
        assertThatThrownBy(() -> world.as("ddy").followUpVisits().record(c.id(), "PHONE", 1, null, c.version()))
                .isInstanceOf(IllegalTransition.class);
    }

    @Test
    void everyFieldIsChecked() {
        CaseFile c = answered("井盖缺失");

        assertThatThrownBy(() -> world.as("ddy").followUpVisits().record(c.id(), "EMAIL", 9, "x".repeat(501), c.version()))
                .isInstanceOfSatisfying(ValidationFailed.class, e -> assertThat(e.errors()).extracting(f -> f.field())
                        .containsExactlyInAnyOrder("method", "score", "comment"));
    }

    @Test
    void aHandlerOfTheCaseDepartmentIsNotForbiddenButAnotherRoleAtItsDepartmentIs() {
        CaseFile c = answered("占道经营");
        world.staff.add("zjjcall", "cgj", org.minsheng.identity.api.Roles.DEPT_ADMIN);
        world.timeline.addParticipant(new org.minsheng.cases.domain.CaseParticipant(c.id(), "cgj",
                org.minsheng.cases.domain.ParticipantRole.CO_HANDLER));

        assertThatThrownBy(() -> world.as("zjjcall").followUpVisits().record(c.id(), "PHONE", 4, null, c.version()))
                .as("a co-handling department sees the case but does not visit").isInstanceOf(Forbidden.class);
    }
}
