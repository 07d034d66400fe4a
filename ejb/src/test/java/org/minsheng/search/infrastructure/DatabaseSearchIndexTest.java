package org.minsheng.search.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.minsheng.search.api.SearchHit.Fragment;

class DatabaseSearchIndexTest {

    private final DatabaseSearchIndex index = new DatabaseSearchIndex();

    @Test
    void theQueryIsCutIntoWordsBySmartcn() {
        assertThat(index.words("夜间施工噪音，WiFi")).contains("夜间", "施工", "噪音", "wifi").doesNotContain("，");
        assertThat(index.words("  ")).isEmpty();
    }

    @Test
    void matchedWordsAreMarkedWhateverTheirCase() {
        assertThat(DatabaseSearchIndex.mark("大厅WiFi信号弱", List.of("wifi", "信号"))).containsExactly(
                new Fragment("大厅", false), new Fragment("WiFi信号", true), new Fragment("弱", false));
        assertThat(DatabaseSearchIndex.mark("无匹配", List.of("噪音"))).containsExactly(new Fragment("无匹配", false));
        assertThat(DatabaseSearchIndex.mark("", List.of("噪音"))).isEmpty();
    }
}
