package org.minsheng.cases.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Who wrote the message as they gave it, the account of a signed-in resident (null for an
 * anonymous message), and whether they asked for a public answer.
 */
@Embeddable
public class Resident {

    @Column(name = "resident_name", length = 60)
    private String name;

    @Column(name = "resident_mobile", length = 20)
    private String mobile;

    @Column(name = "resident_account", length = 60)
    private String account;

    @Column(name = "public_requested", nullable = false)
    private boolean publicRequested;

    protected Resident() {
    }

    Resident(String name, String mobile, boolean publicRequested) {
        this.name = name;
        this.mobile = mobile;
        this.publicRequested = publicRequested;
    }

    /** Links the message to the account of the signed-in resident who wrote it. */
    public void signedIn(String principal) {
        account = principal;
    }

    public String name() {
        return name;
    }

    public String mobile() {
        return mobile;
    }

    public String account() {
        return account;
    }

    /**
     * A stable pseudonym for counting distinct residents: a truncated SHA-256 of the account, or
     * else the mobile number, or else the name; null for an anonymous message without any.
     */
    public String pseudonym() {
        String who = account != null ? "a:" + account : mobile != null && !mobile.isBlank() ? "m:" + mobile.strip()
                : name != null && !name.isBlank() ? "n:" + name.strip() : null;
        if (who == null) {
            return null;
        }
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(("minsheng-resident|" + who).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(hash, 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean publicRequested() {
        return publicRequested;
    }
}
