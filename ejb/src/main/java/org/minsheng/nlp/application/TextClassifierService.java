package org.minsheng.nlp.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.minsheng.nlp.api.Classification;
import org.minsheng.nlp.api.ClassificationFacade;
import org.minsheng.nlp.api.ClassifierInfo;
import org.minsheng.nlp.api.Suggestion;
import org.minsheng.nlp.domain.CategoryDepartmentMapping;
import org.minsheng.nlp.domain.ClassificationModel;
import org.minsheng.nlp.domain.ModelHeader;
import org.minsheng.nlp.domain.ScoredLabel;

/**
 * Classifies messages with a loaded model and routes the category to a department. Immutable and
 * thread-safe; plain constructor so the container can wrap it in a bean and a {@code main} can
 * use it directly.
 */
public class TextClassifierService implements ClassificationFacade {

    private final ClassificationModel model;
    private final CategoryDepartmentMapping mapping;

    public TextClassifierService(ClassificationModel model, CategoryDepartmentMapping mapping) {
        this.model = Objects.requireNonNull(model, "model");
        this.mapping = Objects.requireNonNull(mapping, "mapping");
        for (String label : model.labels()) {
            if (mapping.departmentFor(label).isEmpty()) {
                throw new IllegalArgumentException("类别没有对应部门: " + label + " / no department for category: " + label);
            }
        }
    }

    @Override
    public Classification classify(String text, int topK) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("留言内容为空 / message text is blank");
        }
        if (topK < 1) {
            throw new IllegalArgumentException("topK must be at least 1");
        }
        List<ScoredLabel> ranked = model.rank(text);
        List<Suggestion> top = new ArrayList<>(Math.min(topK, ranked.size()));
        for (ScoredLabel s : ranked.subList(0, Math.min(topK, ranked.size()))) {
            top.add(new Suggestion(s.label(), department(s.label()), s.probability()));
        }
        Suggestion best = top.get(0);
        return new Classification(best.category(), best.department(), best.confidence(), top);
    }

    @Override
    public ClassifierInfo info() {
        ModelHeader h = model.header();
        return new ClassifierInfo(h.formatVersion(), h.createdAt(), h.trainingSize(), h.labels());
    }

    public ClassificationModel model() {
        return model;
    }

    private String department(String category) {
        return mapping.departmentFor(category).orElseThrow();
    }
}
