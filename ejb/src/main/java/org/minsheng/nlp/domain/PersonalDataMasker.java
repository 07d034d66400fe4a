package org.minsheng.nlp.domain;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal data before a text is published: mobile numbers, 18-digit resident ID numbers
 * (only when the checksum is valid, so order or case numbers of the same length stay readable),
 * vehicle plates, e-mail addresses and landline numbers written with an area code. Digits are
 * guarded on both sides so that parts of longer numbers (dates, amounts, case numbers) are left
 * alone.
 */
public final class PersonalDataMasker {

    private static final Pattern ID_CARD = Pattern.compile(
            "(?<![0-9A-Za-z])[1-9]\\d{5}(?:18|19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\d{3}[0-9Xx](?![0-9A-Za-z])");

    // Optional single separators inside the number ("138-1234-5678", "138 1234 5678").
    private static final Pattern MOBILE = Pattern.compile(
            "(?<![0-9])1[3-9]\\d[- ]?\\d{4}[- ]?\\d{4}(?![0-9])");

    private static final Pattern LANDLINE = Pattern.compile(
            "(?<![0-9A-Za-z])0\\d{2,3}-\\d{7,8}(?![0-9])");

    // Province abbreviation, issuing-office letter (I and O are never used), optional dot, then
    // 5 characters (ordinary plates) or 6 (new-energy plates).
    private static final Pattern PLATE = Pattern.compile(
            "[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼]([A-HJ-NP-Z])([·•．.\\- ]?)([A-HJ-NP-Z0-9]{5,6})(?![A-Za-z0-9])");

    private static final Pattern EMAIL = Pattern.compile(
            "(?<![A-Za-z0-9._%+-])([A-Za-z0-9._%+-]+)@([A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,})");

    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK_CHARS = "10X98765432";

    private PersonalDataMasker() {
    }

    /** Returns {@code text} with personal data replaced by {@code *}; {@code null} stays {@code null}. */
    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = replace(ID_CARD, text, PersonalDataMasker::maskIdCard);
        out = replace(MOBILE, out, m -> maskDigitsKeeping(m.group(), 3, 4));
        out = replace(LANDLINE, out, PersonalDataMasker::maskLandline);
        out = replace(PLATE, out, PersonalDataMasker::maskPlate);
        out = replace(EMAIL, out, PersonalDataMasker::maskEmail);
        return out;
    }

    /** Whether {@code id} is an 18-character resident ID number with a valid GB 11643 checksum. */
    public static boolean isValidIdCard(String id) {
        if (id == null || id.length() != 18) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            sum += (c - '0') * ID_WEIGHTS[i];
        }
        return Character.toUpperCase(id.charAt(17)) == ID_CHECK_CHARS.charAt(sum % 11);
    }

    private static String replace(Pattern pattern, String text, Function<Matcher, String> masker) {
        Matcher m = pattern.matcher(text);
        StringBuilder sb = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(masker.apply(m)));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String maskIdCard(Matcher m) {
        String id = m.group();
        if (!isValidIdCard(id)) {
            return id;
        }
        // Keep the region code and the check character; birth date and sequence identify the person.
        return id.substring(0, 6) + "*".repeat(11) + id.charAt(17);
    }

    /** Masks every digit except the first {@code keepHead} and last {@code keepTail}; separators stay. */
    private static String maskDigitsKeeping(String s, int keepHead, int keepTail) {
        int digits = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                digits++;
            }
        }
        StringBuilder sb = new StringBuilder(s.length());
        int seen = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isDigit(c)) {
                seen++;
                sb.append(seen <= keepHead || seen > digits - keepTail ? c : '*');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String maskLandline(Matcher m) {
        String s = m.group();
        int dash = s.indexOf('-');
        String local = s.substring(dash + 1);
        return s.substring(0, dash + 1) + "*".repeat(local.length() - 2) + local.substring(local.length() - 2);
    }

    private static String maskPlate(Matcher m) {
        String serial = m.group(3);
        long digits = serial.chars().filter(Character::isDigit).count();
        if (digits < 2) {
            return m.group(); // words such as "新UI设计" are not plates
        }
        String province = m.group().substring(0, 1);
        return province + m.group(1) + m.group(2)
                + serial.charAt(0) + "*".repeat(serial.length() - 2) + serial.charAt(serial.length() - 1);
    }

    private static String maskEmail(Matcher m) {
        String local = m.group(1);
        return local.charAt(0) + "***@" + m.group(2);
    }
}
