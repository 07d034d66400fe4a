package org.minsheng.cases.domain;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Tracking numbers ({@code MS20261130-00042}: date of receipt and a platform-wide sequence) and the
 * 6-digit query codes that, together with the number, let a resident read a non-public case.
 */
public final class TrackingNumber {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private TrackingNumber() {
    }

    public static String of(LocalDate received, long sequence) {
        return "MS" + received.format(DAY) + "-" + String.format("%05d", sequence);
    }

    public static boolean isWellFormed(String value) {
        return value != null && value.matches("MS\\d{8}-\\d{5,}");
    }

    public static String newQueryCode(SecureRandom random) {
        return String.format("%06d", random.nextInt(1_000_000));
    }
}
