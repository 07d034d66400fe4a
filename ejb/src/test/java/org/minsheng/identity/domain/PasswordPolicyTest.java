package org.minsheng.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.minsheng.shared.error.FieldError;
import org.minsheng.shared.error.Validation;
import org.minsheng.shared.error.ValidationFailed;

class PasswordPolicyTest {

    private final PasswordPolicy production = new PasswordPolicy(false);

    private List<FieldError> errors(PasswordPolicy policy, String password, String login) {
        try {
            policy.check(new Validation(), "newPassword", password, login).throwIfInvalid();
            return List.of();
        } catch (ValidationFailed e) {
            return e.errors();
        }
    }

    @Test
    void takesTenToOneHundredTwentyEightCharactersOfAnyKind() {
        assertThat(errors(production, "河边的柳树发芽了吗", "wang")).as("9 characters").hasSize(1);
        assertThat(errors(production, "河边的柳树发芽了吗？", "wang")).as("10 Chinese characters, no digits").isEmpty();
        assertThat(errors(production, "correct horse battery", "wang")).as("no digits or capitals needed").isEmpty();
        assertThat(errors(production, "x".repeat(127) + "y", "wang")).isEmpty();
        assertThat(errors(production, "x".repeat(128) + "y", "wang")).hasSize(1);
    }

    @Test
    void refusesTheLoginTheCommonestPasswordsAndOneRepeatedCharacter() {
        assertThat(errors(production, "zhang-wei-2026", "Zhang-Wei-2026 ")).extracting(FieldError::messageEn)
                .containsExactly("The password must differ from the login");
        assertThat(errors(production, "1234567890", "wang")).extracting(FieldError::messageEn)
                .containsExactly("The password is too common and easy to guess");
        assertThat(errors(production, "QwertyUiop", "wang")).as("case does not help").hasSize(1);
        assertThat(errors(production, "aaaaaaaaaaaa", "wang")).hasSize(1);
    }

    @Test
    void refusesTheDemoPasswordOnlyWhenTheDemoDataIsOff() {
        assertThat(errors(production, PasswordPolicy.DEMO_PASSWORD, "wang")).extracting(FieldError::field,
                FieldError::messageEn).containsExactly(org.assertj.core.groups.Tuple.tuple("newPassword",
                "The demo data's shared password cannot be used"));
        assertThat(errors(new PasswordPolicy(true), PasswordPolicy.DEMO_PASSWORD, "wang")).isEmpty();
        assertThat(production.isDemoPassword(PasswordPolicy.DEMO_PASSWORD.toCharArray())).isTrue();
        assertThat(production.isDemoPassword("minsheng@2026".toCharArray())).isFalse();
    }

    @Test
    void everyErrorHasChineseAndEnglishAndAMissingPasswordSaysSo() {
        assertThat(errors(production, null, "wang")).extracting(FieldError::messageZh).containsExactly("请填写新密码");
        assertThat(errors(production, "short", "short")).allSatisfy(e -> {
            assertThat(e.messageZh()).isNotBlank();
            assertThat(e.messageEn()).isNotBlank();
        }).hasSize(2);
        assertThatThrownBy(() -> production.check(new Validation(), "p", "", "x").throwIfInvalid())
                .isInstanceOf(ValidationFailed.class);
    }
}
