package org.minsheng.cases.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.minsheng.site.api.SiteDirectory;

/**
 * The fallback: everything no other dispatcher claims goes to the platform's own department, whose
 * dispatchers forward it by hand (人工分办).
 */
@ApplicationScoped
public class PlatformDispatcher implements Dispatcher {

    @Inject
    SiteDirectory site;

    @Override
    public Optional<Decision> decide(Submission submission) {
        return site.platformDepartment().map(d -> new Decision(d.code(), "平台人工分办 / platform dispatch"));
    }

    @Override
    public int priority() {
        return 1000;
    }
}
