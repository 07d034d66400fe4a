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

    void signedIn(String principal) {
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

    public boolean publicRequested() {
        return publicRequested;
    }
}
