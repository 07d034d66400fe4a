package org.minsheng.disclosure.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IndexNumberTest {

    @Test
    void writesTheNumberWithFiveDigitsAndReadsItBack() {
        IndexNumber n = new IndexNumber("11430700MS0000010X", 2026, 42);
        assertThat(n.toString()).isEqualTo("11430700MS0000010X/2026-00042");
        assertThat(IndexNumber.parse("11430700MS0000010X/2026-00042")).contains(n);
    }

    @Test
    void refusesWhatIsNotACatalogueNumber() {
        assertThat(IndexNumber.parse("11430700MS0000010X/2026-42")).isEmpty();
        assertThat(IndexNumber.parse("11430700MS0000010X-2026-00042")).isEmpty();
        assertThat(IndexNumber.parse("abc/2026-00001")).isEmpty();
        assertThat(IndexNumber.parse("11430700MS0000010X/2026-00000")).isEmpty();
        assertThat(IndexNumber.parse(null)).isEmpty();
        assertThatThrownBy(() -> new IndexNumber("11430700MS0000010X", 2026, 100_000))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
