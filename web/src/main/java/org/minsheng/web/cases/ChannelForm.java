package org.minsheng.web.cases;

import java.util.Arrays;
import java.util.Optional;

/**
 * The five channels residents write through, as forms: the address of each, the channel code
 * intake expects, and what the form asks beyond title and message. Texts are in the bundles under
 * {@code channel.<slug>.*}.
 */
public enum ChannelForm {
    LEADER("leader", "LEADER_MAILBOX", true, true, false),
    SUPERVISION("supervision", "SUPERVISION_MAILBOX", false, false, false),
    REPORT("report", "REPORT_MAILBOX", false, false, true),
    MESSAGE_BOARD("message", "MESSAGE_BOARD", true, true, false),
    CONSULTATION("consultation", "CONSULTATION", false, true, false);

    private final String slug;
    private final String code;
    private final boolean typeChoice;
    private final boolean publicByDefault;
    private final boolean confidential;

    ChannelForm(String slug, String code, boolean typeChoice, boolean publicByDefault, boolean confidential) {
        this.slug = slug;
        this.code = code;
        this.typeChoice = typeChoice;
        this.publicByDefault = publicByDefault;
        this.confidential = confidential;
    }

    public static Optional<ChannelForm> bySlug(String slug) {
        return Arrays.stream(values()).filter(c -> c.slug.equals(slug)).findFirst();
    }

    /** The form's address: the leader mailbox keeps the portal's first address, {@code /write}. */
    public String path() {
        return this == LEADER ? "/write" : "/write/" + slug;
    }

    public String slug() {
        return slug;
    }

    public String code() {
        return code;
    }

    /** Whether the resident chooses the kind of request (咨询/投诉/建议/求助). */
    public boolean typeChoice() {
        return typeChoice;
    }

    public boolean publicByDefault() {
        return publicByDefault;
    }

    /** Reports are never public and may be anonymous. */
    public boolean confidential() {
        return confidential;
    }

    public boolean leaderChoice() {
        return this == LEADER;
    }
}
