package org.minsheng.search.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.minsheng.search.domain.MarkedText.Piece;

class MarkedTextTest {

    private static final String S = MarkedText.START;
    private static final String E = MarkedText.END;

    @Test
    void cutsMarkedTextIntoPlainAndMatchedPieces() {
        assertThat(MarkedText.pieces("夜间" + S + "施工" + E + "噪音" + S + "扰民" + E)).containsExactly(
                new Piece("夜间", false), new Piece("施工", true), new Piece("噪音", false), new Piece("扰民", true));
    }

    @Test
    void adjacentMatchesBecomeOnePieceAndMarkupStaysText() {
        assertThat(MarkedText.pieces(S + "老旧" + E + S + "小区" + E + "<script>")).containsExactly(
                new Piece("老旧小区", true), new Piece("<script>", false));
    }

    @Test
    void toleratesMissingOrStrayMarksAndEmptyText() {
        assertThat(MarkedText.pieces(null)).isEmpty();
        assertThat(MarkedText.pieces("")).isEmpty();
        assertThat(MarkedText.pieces("无标记")).containsExactly(new Piece("无标记", false));
        assertThat(MarkedText.pieces("前" + S + "未闭合")).containsExactly(new Piece("前", false), new Piece("未闭合", true));
        assertThat(MarkedText.pieces(E + "多余")).isEqualTo(List.of(new Piece("多余", false)));
        assertThat(MarkedText.plain("a" + S + "b" + E)).isEqualTo("ab");
    }
}
