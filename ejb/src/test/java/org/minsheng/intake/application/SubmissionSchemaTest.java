package org.minsheng.intake.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.junit.jupiter.api.Test;
import org.minsheng.intake.api.Submission;
import org.minsheng.shared.error.FieldError;
import org.minsheng.shared.error.ValidationFailed;

/** The OpenAPI schema documented on {@link Submission} states the rules {@link SubmissionRules} applies. */
class SubmissionSchemaTest {

    private static final Schema SCHEMA = Submission.class.getAnnotation(Schema.class);

    private static SchemaProperty property(String name) {
        return Arrays.stream(SCHEMA.properties()).filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<String> fieldsInError(Submission s) {
        try {
            SubmissionRules.check(s, code -> code.equals("shizhang")).throwIfInvalid();
            return List.of();
        } catch (ValidationFailed e) {
            return e.errors().stream().map(FieldError::field).toList();
        }
    }

    private static Submission letter(String channel, String title, String body, String name, String mobile,
                                     String caseType) {
        return new Submission(channel, "shizhang", title, body, name, mobile, false, caseType);
    }

    @Test
    void exactlyTheDocumentedChannelsAndCaseTypesAreAccepted() {
        for (String channel : property("channel").enumeration()) {
            assertThat(fieldsInError(letter(channel, "标题", "内容", null, null, null))).as(channel).isEmpty();
        }
        assertThat(fieldsInError(letter("INTERVIEW", "标题", "内容", null, null, null))).containsExactly("channel");
        for (String type : property("caseType").enumeration()) {
            assertThat(fieldsInError(letter("MESSAGE_BOARD", "标题", "内容", null, null, type))).as(type).isEmpty();
        }
        assertThat(fieldsInError(letter("MESSAGE_BOARD", "标题", "内容", null, null, "OTHER"))).containsExactly("caseType");
    }

    @Test
    void theDocumentedLengthsAreTheLimits() {
        int title = property("title").maxLength();
        int body = property("body").maxLength();
        int name = property("name").maxLength();
        assertThat(fieldsInError(letter("MESSAGE_BOARD", "标".repeat(title), "内".repeat(body), "名".repeat(name),
                null, null))).isEmpty();
        assertThat(fieldsInError(letter("MESSAGE_BOARD", "标".repeat(title + 1), "内".repeat(body + 1),
                "名".repeat(name + 1), null, null))).containsExactly("title", "body", "name");
    }

    @Test
    void theDocumentedMobilePatternIsTheRule() {
        Pattern documented = Pattern.compile(property("mobile").pattern());
        for (String mobile : List.of("13812345678", "19912345678", "12812345678", "1381234567", "138123456789",
                "2381234")) {
            boolean accepted = fieldsInError(letter("MESSAGE_BOARD", "标题", "内容", null, mobile, null)).isEmpty();
            assertThat(documented.matcher(mobile).matches()).as(mobile).isEqualTo(accepted);
        }
    }

    @Test
    void theDocumentedRequiredFieldsAreTheOnlyOnesRequired() {
        assertThat(fieldsInError(new Submission(null, null, null, null, null, null, null, null)))
                .containsExactlyInAnyOrder(SCHEMA.requiredProperties());
        assertThat(fieldsInError(new Submission("MESSAGE_BOARD", null, "标题", "内容", null, null, null, null))).isEmpty();
    }
}
