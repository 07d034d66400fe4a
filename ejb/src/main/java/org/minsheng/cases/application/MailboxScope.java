package org.minsheng.cases.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.minsheng.identity.api.Roles;
import org.minsheng.identity.api.StaffDirectory;
import org.minsheng.shared.error.Forbidden;
import org.minsheng.shared.error.NotFound;
import org.minsheng.shared.security.Caller;
import org.minsheng.site.api.LeaderView;
import org.minsheng.site.api.SiteDirectory;

/**
 * Whose mailboxes (领导信箱) the caller reads. A leader's office account is linked to its leader
 * and reads that leader's letters; the office of the leader named by
 * {@code minsheng.cases.leader-mailbox.all-for} (the mayor, {@code shizhang}, by default) and the
 * administrators read every mailbox; a leader account linked to no leader reads none.
 */
@ApplicationScoped
public class MailboxScope {

    static final String DEFAULT_ALL_FOR = "shizhang";

    @Inject
    Caller caller;

    @Inject
    StaffDirectory staff;

    @Inject
    SiteDirectory site;

    @Inject
    Config config;

    /** The leader codes whose mailboxes the caller reads, in the site's order. */
    public List<String> readable() {
        List<String> all = site.leaders().stream().map(LeaderView::code).toList();
        if (caller.isInRole(Roles.ADMIN)) {
            return all;
        }
        Optional<String> own = staff.leaderOf(caller.name());
        if (own.isEmpty()) {
            return List.of();
        }
        String allFor = config.getOptionalValue("minsheng.cases.leader-mailbox.all-for", String.class)
                .orElse(DEFAULT_ALL_FOR);
        return own.get().equals(allFor) ? all : all.stream().filter(own.get()::equals).toList();
    }

    /** Refuses an unknown leader as not found, and another office's leader as forbidden. */
    public void requireReadable(String leaderCode) {
        if (leaderCode == null || site.leader(leaderCode).isEmpty()) {
            throw new NotFound("没有该领导", "No such leader");
        }
        if (!readable().contains(leaderCode)) {
            throw new Forbidden("只能查看本领导的信箱", "Only this leader's office reads this mailbox");
        }
    }
}
