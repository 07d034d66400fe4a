package org.minsheng.intake.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.minsheng.intake.api.Submission;
import org.minsheng.shared.error.FieldError;
import org.minsheng.shared.error.ValidationFailed;

class SubmissionRulesTest {

    private static List<FieldError> errorsOf(Submission s) {
        try {
            SubmissionRules.check(s, code -> code.equals("shizhang")).throwIfInvalid();
            return List.of();
        } catch (ValidationFailed e) {
            return e.errors();
        }
    }

    @Test
    void aValidLetterPasses() {
        assertThat(errorsOf(new Submission("LEADER_MAILBOX", "shizhang", "标题", "内容", null, "13812345678", true, null)))
                .isEmpty();
    }

    @Test
    void limitsCountCharactersNotBytes() {
        assertThat(errorsOf(new Submission("LEADER_MAILBOX", "shizhang", "标".repeat(50), "内".repeat(2000),
                "名".repeat(20), null, true, null))).isEmpty();
        List<FieldError> errors = errorsOf(new Submission("LEADER_MAILBOX", "shizhang", "标".repeat(51),
                "内".repeat(2001), "名".repeat(21), null, true, null));
        assertThat(errors).extracting(FieldError::field).containsExactly("title", "body", "name");
        assertThat(errors.get(0).messageZh()).contains("50").contains("51");
        assertThat(errors.get(0).messageEn()).contains("at most 50");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        List<FieldError> errors = errorsOf(new Submission("LEADER_MAILBOX", "unknown", " ", null, null, "12345", null, null));
        assertThat(errors).extracting(FieldError::field).containsExactly("leaderCode", "title", "body", "mobile");
    }

    @Test
    void unknownChannelsAndControlCharactersAreRefused() {
        assertThat(errorsOf(new Submission("FAX", null, "标题", "内容", null, null, true, null)))
                .extracting(FieldError::field).containsExactly("channel");
        assertThat(errorsOf(new Submission("MESSAGE_BOARD", null, "标\u0000题", "内容", null, null, true, null)))
                .extracting(FieldError::field).containsExactly("title");
    }

    @Test
    void aMissingBodyIsAValidationError() {
        assertThatThrownBy(() -> SubmissionRules.check(null, c -> true).throwIfInvalid())
                .isInstanceOf(ValidationFailed.class);
    }
}
