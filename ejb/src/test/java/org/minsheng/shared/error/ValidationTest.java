package org.minsheng.shared.error;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ValidationTest {

    @Test
    void countsCodePointsSoSupplementaryCharactersCountOnce() {
        String twoEmoji = "\uD83D\uDE00\uD83D\uDE00";
        assertThatCode(() -> new Validation().text(twoEmoji, "t", "标题", "Title", 2, true).throwIfInvalid())
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> new Validation().text(twoEmoji + "a", "t", "标题", "Title", 2, true).throwIfInvalid())
                .isInstanceOf(ValidationFailed.class);
    }

    @Test
    void optionalTextMayBeBlank() {
        assertThatCode(() -> new Validation().text(" ", "n", "姓名", "Name", 5, false).throwIfInvalid())
                .doesNotThrowAnyException();
    }
}
