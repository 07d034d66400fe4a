package org.minsheng.intake.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.minsheng.cases.api.CaseIntake;
import org.minsheng.cases.api.NewCase;
import org.minsheng.cases.api.Receipt;
import org.minsheng.intake.api.Submission;
import org.minsheng.site.api.SiteDirectory;

/** Accepts residents' submissions from every channel. */
@Stateless
@PermitAll
public class IntakeService {

    @Inject
    SiteDirectory site;

    @Inject
    CaseIntake cases;

    public Receipt submit(Submission s) {
        SubmissionRules.check(s, code -> site.leader(code).isPresent()).throwIfInvalid();
        return cases.register(new NewCase(s.channel(),
                "LEADER_MAILBOX".equals(s.channel()) ? s.leaderCode() : null,
                s.title().strip(), s.body().strip(), blankToNull(s.name()), blankToNull(s.mobile()),
                Boolean.TRUE.equals(s.publicRequested()) && !"REPORT_MAILBOX".equals(s.channel()),
                blankToNull(s.caseType())));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
