package org.minsheng.nlp.application;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.minsheng.nlp.api.DuplicateSuggestion;
import org.minsheng.nlp.api.ModerationDecision;
import org.minsheng.nlp.api.ModerationHit;
import org.minsheng.nlp.api.ModerationReport;
import org.minsheng.nlp.api.PlaceMention;
import org.minsheng.nlp.api.TextInsights;
import org.minsheng.nlp.api.TextInsightsFacade;
import org.minsheng.nlp.api.UrgencyCause;
import org.minsheng.nlp.api.UrgencyFlag;
import org.minsheng.nlp.domain.DuplicateCandidate;
import org.minsheng.nlp.domain.KeywordExtractor;
import org.minsheng.nlp.domain.ModerationResult;
import org.minsheng.nlp.domain.ModerationVerdict;
import org.minsheng.nlp.domain.PersonalDataMasker;
import org.minsheng.nlp.domain.Place;
import org.minsheng.nlp.domain.PlaceExtractor;
import org.minsheng.nlp.domain.SensitiveWordMatch;
import org.minsheng.nlp.domain.SummaryExtractor;
import org.minsheng.nlp.domain.UrgencyDetector;
import org.minsheng.nlp.domain.UrgencyReason;

/** The {@link TextInsightsFacade} over the nlp domain parts. Thread-safe if its parts are. */
public class TextInsightsService implements TextInsightsFacade {

    static final int KEYWORDS = 8;

    private final KeywordExtractor keywords;
    private final SummaryExtractor summaries;
    private final PlaceExtractor places;
    private final UrgencyDetector urgency;
    private final ModerationService moderation;
    private final DuplicateDetector duplicates;

    public TextInsightsService(KeywordExtractor keywords, SummaryExtractor summaries, PlaceExtractor places,
            UrgencyDetector urgency, ModerationService moderation, DuplicateDetector duplicates) {
        this.keywords = Objects.requireNonNull(keywords);
        this.summaries = Objects.requireNonNull(summaries);
        this.places = Objects.requireNonNull(places);
        this.urgency = Objects.requireNonNull(urgency);
        this.moderation = Objects.requireNonNull(moderation);
        this.duplicates = Objects.requireNonNull(duplicates);
    }

    @Override
    public TextInsights analyse(String title, String body) {
        String t = title == null ? "" : title;
        String b = body == null ? "" : body;
        String maskedTitle = PersonalDataMasker.mask(t);
        String maskedBody = PersonalDataMasker.mask(b);
        String maskedAll = maskedTitle.isBlank() ? maskedBody : maskedTitle + "。" + maskedBody;
        String summary = summaries.summarise(maskedBody.isBlank() ? maskedTitle : maskedBody,
                TextInsights.SUMMARY_MAX_CHARS);
        return new TextInsights(keywords.keywords(maskedAll, KEYWORDS), summary, placesOf(t, b),
                urgencyOf(t, b), moderationOf(List.of(new Field("title", t), new Field("body", b))),
                maskedTitle, maskedBody);
    }

    @Override
    public String mask(String text) {
        return PersonalDataMasker.mask(text);
    }

    @Override
    public ModerationReport moderate(String text) {
        return moderationOf(List.of(new Field("text", text == null ? "" : text)));
    }

    @Override
    public List<String> sensitiveWords() {
        return moderation.words();
    }

    @Override
    public void replaceSensitiveWords(List<String> words) {
        moderation.rebuild(words);
    }

    @Override
    public void indexOpenCase(String caseId, String title, String body) {
        duplicates.add(caseId, title, body);
    }

    @Override
    public void removeCase(String caseId) {
        duplicates.remove(caseId);
    }

    @Override
    public List<DuplicateSuggestion> suggestDuplicates(String title, String body) {
        return suggestDuplicates(title, body, null);
    }

    @Override
    public List<DuplicateSuggestion> suggestDuplicates(String title, String body, String ownCaseId) {
        List<DuplicateSuggestion> out = new ArrayList<>();
        for (DuplicateCandidate candidate : duplicates.find(title, body, ownCaseId)) {
            out.add(new DuplicateSuggestion(candidate.caseId(), candidate.score()));
        }
        return out;
    }

    private List<PlaceMention> placesOf(String title, String body) {
        Set<PlaceMention> found = new LinkedHashSet<>();
        for (String text : List.of(title, body)) {
            for (Place place : places.extract(text)) {
                found.add(new PlaceMention(place.name(), place.kind().name(), place.kind().label()));
            }
        }
        return List.copyOf(found);
    }

    private UrgencyFlag urgencyOf(String title, String body) {
        List<UrgencyCause> causes = new ArrayList<>();
        for (Field field : List.of(new Field("title", title), new Field("body", body))) {
            for (UrgencyReason reason : urgency.assess(field.text()).reasons()) {
                causes.add(new UrgencyCause(reason.hazard().name(), reason.hazard().label(), reason.phrase(),
                        field.name(), reason.start(), reason.end()));
            }
        }
        return new UrgencyFlag(!causes.isEmpty(), causes);
    }

    private ModerationReport moderationOf(List<Field> fields) {
        List<ModerationHit> hits = new ArrayList<>();
        boolean hold = false;
        for (Field field : fields) {
            ModerationResult result = moderation.moderate(field.text());
            hold |= result.verdict() == ModerationVerdict.HOLD_FOR_REVIEW;
            for (SensitiveWordMatch m : result.matches()) {
                hits.add(new ModerationHit(m.word(), field.name(), m.start(), m.end(), m.text()));
            }
        }
        return new ModerationReport(hold ? ModerationDecision.HOLD_FOR_REVIEW : ModerationDecision.PASS, hits);
    }

    private record Field(String name, String text) {
    }
}
