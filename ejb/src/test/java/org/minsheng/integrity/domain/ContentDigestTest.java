package org.minsheng.integrity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContentDigestTest {

    @Test
    void theHashIsSha256OfTheNormalisedPartsJoinedByLineFeeds() {
        // printf 'a b\n<c>' | sha256sum
        assertThat(ContentDigest.hash(List.of("  a \t\r\n b ", "<c>")))
                .isEqualTo("b1becb6c3d6a79f3aec60370243d94c439454f916e2ead78b20bea0da18e9217");
    }

    @Test
    void whiteSpaceThatRenderingDoesNotKeepDoesNotChangeTheHash() {
        String approved = ContentDigest.hash(List.of("您好！\n已安排维修，\n\n三日内恢复照明。"));
        assertThat(ContentDigest.hash(List.of("您好！ 已安排维修，\u3000三日内恢复照明。"))).isEqualTo(approved);
        assertThat(ContentDigest.hash(List.of("您好！\u00a0已安排维修，\u200b 三日内恢复照明。 "))).isEqualTo(approved);
    }

    @Test
    void aChangedCharacterOrPartOrderChangesTheHash() {
        String approved = ContentDigest.hash(List.of("标题", "内容", "已安排维修"));
        assertThat(ContentDigest.hash(List.of("标题", "内容", "未安排维修"))).isNotEqualTo(approved);
        assertThat(ContentDigest.hash(List.of("内容", "标题", "已安排维修"))).isNotEqualTo(approved);
        assertThat(ContentDigest.hash(List.of("标题", "内容已安排维修"))).isNotEqualTo(approved);
        assertThat(ContentDigest.hash(List.of("", "标题", "内容", "已安排维修"))).isNotEqualTo(approved);
    }

    @Test
    void composedAndDecomposedFormsHashAlike() {
        assertThat(ContentDigest.hash(List.of("Cafe\u0301"))).isEqualTo(ContentDigest.hash(List.of("Café")));
    }

    @Test
    void aWatchedPageAlertsOnceForTheSameProblemAndAgainWhenTheContentChangesAgain() {
        WatchedPage page = new WatchedPage(PageKind.ANSWER, "MS20261201-00001");
        Instant t = Instant.parse("2026-12-01T02:00:00Z");
        page.register("/board/MS20261201-00001", "h0", t, "reviewer");

        assertThat(page.observe(PageState.INTACT, "h0", t)).isFalse();
        assertThat(page.observe(PageState.CHANGED, "h1", t)).as("first sight of a defacement").isTrue();
        assertThat(page.observe(PageState.CHANGED, "h1", t)).as("the same defacement again").isFalse();
        assertThat(page.observe(PageState.CHANGED, "h2", t)).as("defaced differently").isTrue();
        assertThat(page.observe(PageState.UNREACHABLE, null, t)).isTrue();
        assertThat(page.observe(PageState.INTACT, "h0", t)).isFalse();
        assertThat(page.state()).isEqualTo(PageState.INTACT);
    }
}
