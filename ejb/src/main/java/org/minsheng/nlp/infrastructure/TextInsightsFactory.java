package org.minsheng.nlp.infrastructure;

import java.util.List;
import org.minsheng.nlp.application.DuplicateDetector;
import org.minsheng.nlp.application.ModerationService;
import org.minsheng.nlp.application.TextInsightsService;
import org.minsheng.nlp.domain.DuplicateSettings;
import org.minsheng.nlp.domain.LexiconSource;
import org.minsheng.nlp.domain.PlaceExtractor;
import org.minsheng.nlp.domain.PlaceGazetteer;
import org.minsheng.nlp.domain.Segmenter;
import org.minsheng.nlp.domain.UrgencyDetector;

/** Wires the text-insight parts on HanLP; a CDI producer can call these in one line. */
public final class TextInsightsFactory {

    private TextInsightsFactory() {
    }

    /** The demo city's gazetteer, the shipped lexicon and the default duplicate settings. */
    public static TextInsightsService createDefault() {
        return create(PlaceGazetteer.changde(), SensitiveWordLexicon.defaultWords(), DuplicateSettings.defaults());
    }

    public static TextInsightsService create(PlaceGazetteer gazetteer, List<String> sensitiveWords,
            DuplicateSettings duplicateSettings) {
        return create(gazetteer, new ModerationService(SensitiveWordTrie::new, sensitiveWords), duplicateSettings);
    }

    /** Moderation on a changing lexicon, e.g. the stored one that administrators edit. */
    public static TextInsightsService create(PlaceGazetteer gazetteer, LexiconSource lexicon,
            DuplicateSettings duplicateSettings) {
        return create(gazetteer, new ModerationService(SensitiveWordTrie::new, lexicon), duplicateSettings);
    }

    private static TextInsightsService create(PlaceGazetteer gazetteer, ModerationService moderation,
            DuplicateSettings duplicateSettings) {
        Segmenter segmenter = HanLpSegmenter.instance();
        PlaceExtractor places = new PlaceExtractor(segmenter, gazetteer);
        HanLpTextTools tools = new HanLpTextTools();
        return new TextInsightsService(tools, tools, places, new UrgencyDetector(), moderation,
                new DuplicateDetector(segmenter, places, duplicateSettings));
    }
}
