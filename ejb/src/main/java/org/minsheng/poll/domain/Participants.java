package org.minsheng.poll.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hashes stored for who took part: of the resident account or the device token, and of the
 * network address, each with the poll's salt, so the same person or address gives unrelated
 * values in different polls and no address is stored as such.
 */
public final class Participants {

    private Participants() {
    }

    public static String account(Poll poll, String accountName) {
        return hash(poll.salt(), "account", accountName);
    }

    public static String device(Poll poll, String deviceToken) {
        return hash(poll.salt(), "device", deviceToken);
    }

    public static String address(Poll poll, String networkAddress) {
        return hash(poll.salt(), "address", networkAddress == null ? "" : networkAddress);
    }

    private static String hash(String salt, String kind, String value) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((salt + '\n' + kind + '\n' + value).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
