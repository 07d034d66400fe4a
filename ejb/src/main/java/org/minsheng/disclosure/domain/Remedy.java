package org.minsheng.disclosure.domain;

import org.minsheng.shared.i18n.Label;
import org.minsheng.shared.i18n.Labelled;

/** A remedy the applicant took against a disclosure decision. */
public enum Remedy implements Labelled {
    RECONSIDERATION("行政复议", "Administrative reconsideration"),
    LITIGATION("行政诉讼", "Administrative litigation");

    private final Label label;

    Remedy(String zh, String en) {
        this.label = new Label(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }

    /** How a remedy ended, as the report's columns name it. */
    public enum Outcome {
        UPHELD, CORRECTED, OTHER, PENDING
    }
}
