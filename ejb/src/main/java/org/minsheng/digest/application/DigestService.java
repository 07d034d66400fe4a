package org.minsheng.digest.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.minsheng.digest.api.ReceivedCount;
import org.minsheng.identity.api.Roles;
import org.minsheng.shared.error.Unavailable;

/** Leaders' questions to the digest, answered from the topology's state stores. */
@Stateless
public class DigestService {

    @Inject
    DigestStore streams;

    @RolesAllowed({Roles.LEADER, Roles.DISPATCHER, Roles.ADMIN})
    public List<ReceivedCount> receivedPerDayAndChannel() {
        List<ReceivedCount> counts = new ArrayList<>(streams.receivedByDayChannel().orElseThrow(() -> new Unavailable(
                "舆情汇总正在启动（" + streams.state() + "），请稍后再试",
                "The digest is starting (" + streams.state() + "); try again shortly")));
        counts.sort(Comparator.comparing(ReceivedCount::day).reversed().thenComparing(ReceivedCount::channel));
        return counts;
    }
}
