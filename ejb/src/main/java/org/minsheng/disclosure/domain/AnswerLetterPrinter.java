package org.minsheng.disclosure.domain;

import java.util.List;

/** Prints an answer letter (政府信息公开申请答复书) as a PDF. */
public interface AnswerLetterPrinter {

    /** A letter: its title, the paragraphs in order, and the signature lines (body, date). */
    record Letter(String title, String number, List<String> paragraphs, List<String> signature) {
    }

    byte[] print(Letter letter);
}
