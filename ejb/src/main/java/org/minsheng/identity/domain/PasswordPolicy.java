package org.minsheng.identity.domain;

import java.util.Locale;
import java.util.Set;
import org.minsheng.shared.error.Validation;

/**
 * What a new password must be, after OWASP ASVS 5.0 (V6.2): long rather than complicated — at
 * least 10 and at most 128 characters, any characters, no composition rules — and not guessable:
 * not the login, not one character repeated, not one of the most common passwords, and not the
 * demo city's shared password unless the demo data is on.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;
    /** The password of every demo account; public, printed by the launcher. */
    public static final String DEMO_PASSWORD = "Minsheng@2026";

    /** The commonest passwords of 10 characters or more in published leak statistics. */
    private static final Set<String> COMMON = Set.of("1234567890", "0123456789", "0987654321", "12345678910",
            "123456789a", "a123456789", "qwertyuiop", "1q2w3e4r5t", "1qaz2wsx3edc", "password123", "password1234",
            "woaini1314", "5201314520", "abcdefghij", "iloveyou12", "qwerty1234", "1234qwerty", "admin12345",
            "administrator", "minsheng123", "minsheng2026");

    private final boolean demoPasswordAllowed;

    public PasswordPolicy(boolean demoPasswordAllowed) {
        this.demoPasswordAllowed = demoPasswordAllowed;
    }

    /** Adds the rules {@code password} breaks to {@code validation}, as errors of {@code field}. */
    public Validation check(Validation validation, String field, String password, String login) {
        if (password == null || password.isEmpty()) {
            return validation.require(false, field, "请填写新密码", "Enter the new password");
        }
        int length = password.codePointCount(0, password.length());
        String lower = password.toLowerCase(Locale.ROOT);
        return validation
                .require(length >= MIN_LENGTH && length <= MAX_LENGTH, field,
                        "密码长度应为" + MIN_LENGTH + "至" + MAX_LENGTH + "个字符",
                        "The password needs " + MIN_LENGTH + " to " + MAX_LENGTH + " characters")
                .require(login == null || !lower.equals(login.strip().toLowerCase(Locale.ROOT)), field,
                        "密码不能与登录名相同", "The password must differ from the login")
                .require(!oneCharacterRepeated(password) && !COMMON.contains(lower), field,
                        "密码过于常见，容易被猜中", "The password is too common and easy to guess")
                .require(demoPasswordAllowed || !DEMO_PASSWORD.equals(password), field,
                        "不能使用演示数据的公共密码", "The demo data's shared password cannot be used");
    }

    public boolean isDemoPassword(char[] password) {
        return DEMO_PASSWORD.equals(new String(password));
    }

    public boolean demoPasswordAllowed() {
        return demoPasswordAllowed;
    }

    private static boolean oneCharacterRepeated(String password) {
        return password.codePoints().distinct().count() == 1;
    }
}
