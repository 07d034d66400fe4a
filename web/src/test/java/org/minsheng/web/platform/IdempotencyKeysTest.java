package org.minsheng.web.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minsheng.shared.error.ValidationFailed;

class IdempotencyKeysTest {

    @Test
    void noHeaderIsNoKey() {
        assertThat(IdempotencyKeys.parse(null)).isEmpty();
        assertThat(IdempotencyKeys.parse(List.of())).isEmpty();
    }

    @Test
    void aBareTokenOrAStructuredFieldStringIsAKey() {
        assertThat(IdempotencyKeys.parse(List.of("8e03978e-40d5-43e8-bc93-6894a57f9324")))
                .contains("8e03978e-40d5-43e8-bc93-6894a57f9324");
        assertThat(IdempotencyKeys.parse(List.of(" \"8e03978e-40d5-43e8-bc93-6894a57f9324\" ")))
                .as("the draft's form: a quoted sf-string, surrounding spaces ignored")
                .contains("8e03978e-40d5-43e8-bc93-6894a57f9324");
        assertThat(IdempotencyKeys.parse(List.of("\"with space and \\\"quote\\\" and \\\\\"")))
                .contains("with space and \"quote\" and \\");
        assertThat(IdempotencyKeys.parse(List.of("k".repeat(255)))).contains("k".repeat(255));
    }

    @Test
    void keysBreakingTheSyntaxAreRefusedOnTheHeaderField() {
        for (String bad : Arrays.asList("", "  ", "\"\"", "k".repeat(256), "\"" + "k".repeat(256) + "\"",
                "two words", "键", "tab\there", "\"unterminated", "\"bad \\n escape\"", "\"inner \" quote\"",
                "\"中文\"")) {
            assertThatThrownBy(() -> IdempotencyKeys.parse(List.of(bad))).as("key [%s]", bad)
                    .isInstanceOfSatisfying(ValidationFailed.class, e -> {
                        assertThat(e.errors()).singleElement().satisfies(error -> {
                            assertThat(error.field()).isEqualTo("Idempotency-Key");
                            assertThat(error.messageZh()).contains("255");
                            assertThat(error.messageEn()).contains("255 printable ASCII");
                        });
                    });
        }
    }

    @Test
    void twoKeysOnOneRequestAreRefused() {
        assertThatThrownBy(() -> IdempotencyKeys.parse(List.of("a", "b")))
                .isInstanceOfSatisfying(ValidationFailed.class, e -> assertThat(e.errors().get(0).messageEn())
                        .isEqualTo("Send one Idempotency-Key header only"));
    }
}
