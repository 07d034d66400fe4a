package org.minsheng.shared.i18n;

/**
 * A value with a bilingual label; enums shown to people implement it the same way: a {@link Label}
 * field set in the constructor, returned by {@link #label()}.
 */
public interface Labelled {

    Label label();

    default String labelZh() {
        return label().zh();
    }

    default String labelEn() {
        return label().en();
    }
}
