package org.minsheng.cases.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.minsheng.site.api.SiteDirectory;

/**
 * Channels that belong to one office whatever they say: the report mailbox (举报信箱) to the
 * discipline commission, the supervision mailbox (监督信箱) to the inspection office.
 */
@ApplicationScoped
public class ChannelDispatcher implements Dispatcher {

    static final String REPORT_OFFICE = "市纪委监委";
    static final String SUPERVISION_OFFICE = "市政府督查室";

    @Inject
    SiteDirectory site;

    @Override
    public Optional<Decision> decide(Submission submission) {
        String office = switch (submission.channel()) {
            case "REPORT_MAILBOX" -> REPORT_OFFICE;
            case "SUPERVISION_MAILBOX" -> SUPERVISION_OFFICE;
            default -> null;
        };
        return Optional.ofNullable(office).flatMap(site::departmentByName)
                .map(d -> new Decision(d.code(), "按渠道分办 / by channel"));
    }

    @Override
    public int priority() {
        return 10;
    }
}
