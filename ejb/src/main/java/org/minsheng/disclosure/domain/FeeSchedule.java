package org.minsheng.disclosure.domain;

/**
 * The information processing fee by number of applications (按件计收, 国办函〔2020〕109号): the
 * first 10 applications of an applicant in a calendar month are free; the 11th to 30th cost 100
 * yuan each; from the 31st, every further band of 10 costs 100 yuan more per application.
 */
public final class FeeSchedule {

    public static final int FREE_PER_MONTH = 10;
    static final int FIRST_BAND_END = 30;
    static final int BAND_SIZE = 10;
    static final int BAND_STEP_YUAN = 100;

    private FeeSchedule() {
    }

    /** The fee, in yuan, of an applicant's {@code nth} application of the month (1 = the first). */
    public static int feeFor(int nth) {
        if (nth <= FREE_PER_MONTH) {
            return 0;
        }
        if (nth <= FIRST_BAND_END) {
            return BAND_STEP_YUAN;
        }
        int band = (nth - FIRST_BAND_END - 1) / BAND_SIZE + 1;
        return BAND_STEP_YUAN * (band + 1);
    }
}
