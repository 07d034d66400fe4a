package org.minsheng.disclosure.api;

/** Reconsiderations or lawsuits of a year by outcome: upheld, corrected, other, not yet decided. */
public record RemedyRow(String kind, String labelZh, String labelEn, int upheld, int corrected, int other,
                        int pending) {

    public int total() {
        return upheld + corrected + other + pending;
    }
}
