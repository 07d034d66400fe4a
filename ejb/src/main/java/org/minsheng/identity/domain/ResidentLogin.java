package org.minsheng.identity.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** A resident's login: an e-mail address (kept in lower case) or a mainland mobile number. */
public final class ResidentLogin {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

    private ResidentLogin() {
    }

    /** The normalised login, or empty when the text is neither a mobile number nor an e-mail address. */
    public static Optional<String> normalise(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        if (MOBILE.matcher(t).matches()) {
            return Optional.of(t);
        }
        if (t.length() <= 120 && EMAIL.matcher(t).matches()) {
            return Optional.of(t.toLowerCase(Locale.ROOT));
        }
        return Optional.empty();
    }
}
