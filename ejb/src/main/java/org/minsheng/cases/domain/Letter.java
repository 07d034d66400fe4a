package org.minsheng.cases.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * The message as the resident wrote it: title and text, the type of request, and the leader it is
 * addressed to (leader mailbox only). It never changes after receipt.
 */
@Embeddable
public class Letter {

    @Column(name = "leader_code", length = 40)
    private String leaderCode;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "body", nullable = false, length = 8000)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(name = "case_type", nullable = false, length = 20)
    private CaseType caseType = CaseType.COMPLAINT;

    protected Letter() {
    }

    Letter(String leaderCode, String title, String body, CaseType caseType) {
        this.leaderCode = leaderCode;
        this.title = title;
        this.body = body;
        this.caseType = caseType;
    }

    public String leaderCode() {
        return leaderCode;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    public CaseType caseType() {
        return caseType;
    }
}
