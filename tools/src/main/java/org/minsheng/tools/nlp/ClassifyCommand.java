package org.minsheng.tools.nlp;

import java.io.PrintStream;
import java.util.Locale;
import org.minsheng.nlp.api.Classification;
import org.minsheng.nlp.api.Suggestion;
import org.minsheng.nlp.application.TextClassifierService;
import org.minsheng.nlp.domain.ClassificationModel;
import org.minsheng.nlp.infrastructure.ClassificationModelStore;
import org.minsheng.nlp.infrastructure.ClassifierResources;
import org.minsheng.nlp.infrastructure.HanLpSegmenter;

/**
 * {@code nlp classify [--model MODEL] [--top 3] TEXT...}: the category, department and confidence
 * of one text, then the top suggestions, with a saved model or the shipped one.
 */
final class ClassifyCommand {

    private final PrintStream out;

    ClassifyCommand(PrintStream out) {
        this.out = out;
    }

    int run(NlpOptions options) {
        for (String key : options.names()) {
            if (!key.equals("model") && !key.equals("top")) {
                throw new UsageException("未知选项: --" + key + " / unknown option: --" + key);
            }
        }
        if (options.positional().isEmpty()) {
            throw new UsageException("请给出要分类的文本 / give the text to classify");
        }
        int top = options.integer("top", 3);
        if (top < 1) {
            throw new UsageException("--top 至少为 1 / --top must be at least 1");
        }
        ClassificationModel model = options.has("model")
                ? new ClassificationModelStore(HanLpSegmenter.wordsOnly()).load(options.path("model"))
                : ClassifierResources.defaultModel();
        TextClassifierService service = new TextClassifierService(model, ClassifierResources.defaultMapping());
        Classification c = service.classify(String.join(" ", options.positional()), top);
        out.printf(Locale.ROOT, "%s\t%s\t%.3f%n", c.category(), c.department(), c.confidence());
        for (Suggestion s : c.top()) {
            out.printf(Locale.ROOT, "  %s\t%s\t%.3f%n", s.category(), s.department(), s.confidence());
        }
        return NlpCommand.OK;
    }
}
