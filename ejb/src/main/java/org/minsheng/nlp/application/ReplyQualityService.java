package org.minsheng.nlp.application;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.minsheng.nlp.api.ModerationHit;
import org.minsheng.nlp.api.PlaceMention;
import org.minsheng.nlp.api.ReplyQualityFacade;
import org.minsheng.nlp.api.ReplyQualityFinding;
import org.minsheng.nlp.api.ReplyQualityReport;
import org.minsheng.nlp.api.TextInsights;
import org.minsheng.nlp.api.TextInsightsFacade;
import org.minsheng.nlp.domain.ReplyAssessment;
import org.minsheng.nlp.domain.ReplyEvidence;
import org.minsheng.nlp.domain.ReplyQualityRules;

/**
 * The {@link ReplyQualityFacade}: gathers the evidence with the text analysis (keywords and places
 * of the message, sensitive words and personal data in the reply) and applies {@link ReplyQualityRules}.
 */
public class ReplyQualityService implements ReplyQualityFacade {

    private static final Pattern OFFICE_LINE = Pattern.compile("(?<![0-9])0\\d{2,3}-\\d{7,8}(?![0-9])");

    private final TextInsightsFacade insights;
    private final ReplyQualityRules rules = new ReplyQualityRules();

    public ReplyQualityService(TextInsightsFacade insights) {
        this.insights = Objects.requireNonNull(insights);
    }

    @Override
    public ReplyQualityReport check(String messageTitle, String messageBody, String reply,
            List<Integer> similarReplyLengths) {
        String title = messageTitle == null ? "" : messageTitle;
        String body = messageBody == null ? "" : messageBody;
        String text = reply == null ? "" : reply;
        TextInsights message = insights.analyse(title, body);
        List<String> sensitive = insights.moderate(text).hits().stream().map(ModerationHit::text).distinct().toList();
        // A landline in a reply is the unit's public line, not a resident's data.
        String withoutLandlines = OFFICE_LINE.matcher(text).replaceAll("");
        boolean personalData = !insights.mask(withoutLandlines).equals(withoutLandlines);
        ReplyAssessment assessment = rules.assess(new ReplyEvidence(title + "。" + body, text, message.keywords(),
                message.places().stream().map(PlaceMention::name).toList(), sensitive, personalData,
                similarReplyLengths == null ? List.of() : similarReplyLengths));
        return report(assessment);
    }

    static ReplyQualityReport report(ReplyAssessment assessment) {
        String band = assessment.band();
        return new ReplyQualityReport(assessment.score(), band,
                switch (band) {
                    case "GOOD" -> "良好";
                    case "FAIR" -> "需注意";
                    default -> "需修改";
                },
                switch (band) {
                    case "GOOD" -> "Good";
                    case "FAIR" -> "Needs attention";
                    default -> "Needs revision";
                },
                assessment.findings().stream().map(f -> new ReplyQualityFinding(f.issue().name(),
                        f.issue().labelZh(), f.issue().labelEn(), f.issue().penalty(), f.detail())).toList());
    }
}
