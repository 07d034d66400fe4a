package org.minsheng.bench;

/** Text helpers of the interview benchmark, which reads the server's JSON without a parser. */
final class BenchText {

    private BenchText() {
    }

    /** The unsigned number right after the first {@code key} at or after {@code from}. */
    static long longAfter(String text, int from, String key) {
        int i = text.indexOf(key, from) + key.length();
        long value = 0;
        while (i < text.length() && Character.isDigit(text.charAt(i))) {
            value = value * 10 + (text.charAt(i++) - '0');
        }
        return value;
    }

    /** The innermost cause, which says what went wrong in one line. */
    static String rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.toString();
    }
}
