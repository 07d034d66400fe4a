package org.minsheng.news.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The editorial chain: nothing public before the last level, scheduling, expiry, rejection, withdrawal. */
class ArticleTest {

    private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");

    private static ArticleContent content(Instant publishAt, Instant expireAt) {
        return new ArticleContent("标题", null, "市住建局", null, null, "<p>正文</p>", null, List.of("住房"), false,
                publishAt, expireAt);
    }

    @Test
    void publicOnlyAfterTheLastOfTwoLevels() {
        Article a = new Article(1, content(null, null), "editor", NOW);
        a.submit();
        assertThat(a.approve(2, NOW)).isFalse();
        assertThat(a.status()).isEqualTo(ArticleStatus.IN_REVIEW);
        assertThat(a.isPublic()).isFalse();
        assertThat(a.nextLevel()).isEqualTo(2);
        assertThat(a.approve(2, NOW)).isTrue();
        assertThat(a.isPublic()).isTrue();
        assertThat(a.publishedAt()).isEqualTo(NOW);
    }

    @Test
    void aRejectionSendsItBackToDraftAndTheNextRoundStartsAtLevelOne() {
        Article a = new Article(1, content(null, null), "editor", NOW);
        a.submit();
        a.approve(2, NOW);
        a.reject();
        assertThat(a.status()).isEqualTo(ArticleStatus.DRAFT);
        a.revise(content(null, null));
        assertThat(a.revision()).isEqualTo(2);
        a.submit();
        assertThat(a.reviewRound()).isEqualTo(2);
        assertThat(a.nextLevel()).isEqualTo(1);
    }

    @Test
    void scheduledArticlesWaitForTheirTimeAndLeaveAtExpiry() {
        Instant at = NOW.plus(Duration.ofHours(1));
        Article a = new Article(1, content(at, at.plus(Duration.ofDays(1))), "editor", NOW);
        a.submit();
        assertThat(a.approve(1, NOW)).isFalse();
        assertThat(a.status()).isEqualTo(ArticleStatus.SCHEDULED);
        assertThat(a.publishIfDue(NOW.plusSeconds(60))).isFalse();
        assertThat(a.publishIfDue(at)).isTrue();
        assertThat(a.publishedAt()).isEqualTo(at);
        assertThat(a.expireIfDue(at.plus(Duration.ofHours(2)))).isFalse();
        assertThat(a.expireIfDue(at.plus(Duration.ofDays(1)))).isTrue();
        assertThat(a.status()).isEqualTo(ArticleStatus.EXPIRED);
    }

    @Test
    void approvedAfterItsExpiryItNeverGoesPublic() {
        Article a = new Article(1, content(null, NOW.minusSeconds(1)), "editor", NOW);
        a.submit();
        assertThat(a.approve(1, NOW)).isFalse();
        assertThat(a.status()).isEqualTo(ArticleStatus.EXPIRED);
    }

    @Test
    void stepsOutOfOrderAreRefused() {
        Article a = new Article(1, content(null, null), "editor", NOW);
        assertThatThrownBy(() -> a.approve(1, NOW)).isInstanceOf(IllegalArticleTransition.class);
        assertThatThrownBy(a::withdraw).isInstanceOf(IllegalArticleTransition.class);
        a.submit();
        assertThatThrownBy(() -> a.revise(content(null, null))).isInstanceOf(IllegalArticleTransition.class);
        a.approve(1, NOW);
        assertThat(a.withdraw()).isTrue();
        assertThat(a.isPublic()).isFalse();
    }

    @Test
    void aColumnIsStaleAfterItsPeriod() {
        NewsColumn c = new NewsColumn("zjj", "dongtai", "部门动态", "Department news", 1, 14, 0);
        assertThat(c.staleAt(NOW, null)).isTrue();
        assertThat(c.staleAt(NOW, NOW.minus(Duration.ofDays(13)))).isFalse();
        assertThat(c.staleAt(NOW, NOW.minus(Duration.ofDays(15)))).isTrue();
        assertThat(c.noticeDue(NOW)).isTrue();
        c.noticed(NOW);
        assertThat(c.noticeDue(NOW.plus(Duration.ofDays(1)))).isFalse();
        assertThatThrownBy(() -> new NewsColumn("zjj", "x", "x", "x", 0, 14, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
