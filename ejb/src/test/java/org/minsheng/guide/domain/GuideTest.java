package org.minsheng.guide.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A guide is public only once its approver publishes it; a rejection or a withdrawal takes it back to editing. */
class GuideTest {

    private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");

    private static GuideText text(String title) {
        return new GuideText(title, "说明", "条件", "身份证\n户口簿", "申请\n审核", "即时办结", "免费", "政务服务中心", "条例",
                null, Set.of(LifeEvent.BIRTH), List.of(new FormLink("申请表", "/files/form.pdf")));
    }

    @Test
    void publishedOnlyAfterReviewAndChangedOnlyAfterWithdrawal() {
        Guide g = new Guide("wjw", text("生育登记"), "editor", NOW);
        assertThat(g.isPublic()).isFalse();
        assertThatThrownBy(() -> g.publish(null, NOW)).isInstanceOf(IllegalGuideTransition.class);
        g.submit();
        g.reject("请补充办理时限");
        assertThat(g.status()).isEqualTo(GuideStatus.DRAFT);
        assertThat(g.reviewComment()).isEqualTo("请补充办理时限");
        g.revise(text("生育登记（修订）"), NOW);
        assertThat(g.revision()).isEqualTo(2);
        g.submit();
        g.publish("同意", NOW);
        assertThat(g.isPublic()).isTrue();
        assertThat(g.publishedAt()).isEqualTo(NOW);
        assertThatThrownBy(() -> g.revise(text("x"), NOW)).isInstanceOf(IllegalGuideTransition.class);
        g.withdraw("政策调整");
        assertThat(g.isPublic()).isFalse();
        g.revise(text("生育登记（2027版）"), NOW);
        assertThat(g.status()).isEqualTo(GuideStatus.DRAFT);
        assertThat(g.lifeEvents()).containsExactly(LifeEvent.BIRTH);
        assertThat(g.forms()).extracting(FormLink::label).containsExactly("申请表");
    }
}
