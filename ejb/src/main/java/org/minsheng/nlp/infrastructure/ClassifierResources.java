package org.minsheng.nlp.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.minsheng.nlp.domain.CategoryDepartmentMapping;
import org.minsheng.nlp.domain.ClassificationModel;
import org.minsheng.nlp.domain.ClassifierDataException;
import org.minsheng.nlp.domain.LabelledText;
import org.minsheng.nlp.domain.Segmenter;

/** The classifier resources shipped on the class path: default model, mapping and corpus. */
public final class ClassifierResources {

    public static final String DEFAULT_MODEL = "nlp/model/default.model";
    public static final String DEFAULT_MAPPING = "nlp/mapping/category-department.tsv";
    public static final String DEFAULT_CORPUS = "nlp/corpus/default-corpus.tsv";

    private ClassifierResources() {
    }

    /** The shipped model, trained on the default corpus, segmenting raw text as it was trained. */
    public static ClassificationModel defaultModel() {
        return defaultModel(HanLpSegmenter.wordsOnly());
    }

    public static ClassificationModel defaultModel(Segmenter segmenter) {
        try (InputStream in = open(DEFAULT_MODEL)) {
            return new ClassificationModelStore(segmenter).read(in, DEFAULT_MODEL);
        } catch (IOException e) {
            throw new ClassifierDataException("无法读取默认模型 / cannot read the default model", e);
        }
    }

    public static CategoryDepartmentMapping defaultMapping() {
        try (Reader in = new InputStreamReader(open(DEFAULT_MAPPING), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT))) {
            return CategoryDepartmentMapping.parse(in);
        } catch (IOException e) {
            throw new ClassifierDataException("无法读取类别-部门映射 / cannot read the category-department mapping", e);
        }
    }

    public static List<LabelledText> defaultCorpus() {
        try (InputStream in = open(DEFAULT_CORPUS)) {
            return new ClassifierCorpusReader().read(in, DEFAULT_CORPUS);
        } catch (IOException e) {
            throw new ClassifierDataException("无法读取默认语料 / cannot read the default corpus", e);
        }
    }

    private static InputStream open(String resource) {
        ClassLoader loader = ClassifierResources.class.getClassLoader();
        InputStream in = loader.getResourceAsStream(resource);
        if (in == null) {
            throw new ClassifierDataException("类路径上缺少资源 " + resource + " / missing class-path resource " + resource);
        }
        return in;
    }
}
