package org.minsheng.shared.i18n;

import java.util.Locale;

/** A name shown to people, in Chinese (the default) and English. */
public record Label(String zh, String en) {

    /** The English text for English locales, the Chinese one otherwise. */
    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? en : zh;
    }
}
