package org.minsheng.nlp.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minsheng.nlp.application.ClassifierTrainingService;
import org.minsheng.nlp.domain.ClassificationModel;
import org.minsheng.nlp.domain.ClassifierDataException;
import org.minsheng.nlp.domain.ClassifierFeatureOptions;
import org.minsheng.nlp.domain.LinearTrainingOptions;
import org.minsheng.nlp.domain.Segmenter;

class ClassificationModelStoreTest {

    private static final Segmenter UNUSED = text -> {
        throw new AssertionError("pre-segmented text must not be segmented again");
    };
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-01T08:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void saveThenLoadRoundTripsExactly() throws Exception {
        for (LinearTrainingOptions.Algorithm algorithm : LinearTrainingOptions.Algorithm.values()) {
            ClassificationModel model = train(new LinearTrainingOptions(algorithm, 5, true));
            ClassificationModelStore store = new ClassificationModelStore(UNUSED);
            Path file = dir.resolve(algorithm + ".model");

            store.save(model, file);
            ClassificationModel loaded = store.load(file);

            assertThat(loaded.header()).isEqualTo(model.header());
            assertThat(loaded.header().createdAt()).isEqualTo(CLOCK.instant());
            assertThat(loaded.header().trainingSize()).isEqualTo(12);
            assertThat(loaded.vectorizer().vocabulary()).isEqualTo(model.vectorizer().vocabulary());
            assertThat(loaded.classifier()).isEqualTo(model.classifier());
            for (String text : List.of("公交 班次 太少", "工厂 废气 污染", "医院 挂号 难 医生")) {
                assertThat(loaded.rank(text)).isEqualTo(model.rank(text));
            }
            Path again = dir.resolve(algorithm + "-again.model");
            store.save(loaded, again);
            assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(file));
        }
    }

    @Test
    void headerIsReadableAtTheTopOfTheFile() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ClassificationModelStore(UNUSED).write(train(LinearTrainingOptions.DEFAULT), out);

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().limit(5).toList();

        assertThat(lines).containsExactly(
                "minsheng-text-classifier",
                "format-version\t2",
                "created\t2024-05-01T08:30:00Z",
                "training-size\t12",
                "labels\t交通运输\t卫生计生\t环境保护");
    }

    @Test
    void readsFormatOneLiblinearFilesAndRejectsUnknownVersions() throws Exception {
        ClassificationModelStore store = new ClassificationModelStore(UNUSED);
        ClassificationModel svm = train(new LinearTrainingOptions(LinearTrainingOptions.Algorithm.LINEAR_SVM, 5, true));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.write(svm, out);
        String text = out.toString(StandardCharsets.UTF_8);

        ClassificationModel old = store.read(new ByteArrayInputStream(
                text.replace("format-version\t2", "format-version\t1").getBytes(StandardCharsets.UTF_8)), "v1");

        assertThat(old.header().formatVersion()).isEqualTo(1);
        assertThat(old.rank("公交 班次 太少")).isEqualTo(svm.rank("公交 班次 太少"));
        assertThatThrownBy(() -> store.read(new ByteArrayInputStream(
                text.replace("format-version\t2", "format-version\t3").getBytes(StandardCharsets.UTF_8)), "v3"))
                .isInstanceOf(ClassifierDataException.class).hasMessageContaining("unsupported model format");
    }

    @Test
    void rejectsTruncatedAndForeignFiles() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ClassificationModelStore store = new ClassificationModelStore(UNUSED);
        store.write(train(LinearTrainingOptions.DEFAULT), out);
        byte[] bytes = out.toByteArray();
        byte[] truncated = java.util.Arrays.copyOf(bytes, bytes.length / 2);

        assertThatThrownBy(() -> store.read(new ByteArrayInputStream(truncated), "half"))
                .isInstanceOf(ClassifierDataException.class).hasMessageContaining("corrupt model file");
        assertThatThrownBy(() -> store.read(new ByteArrayInputStream("hello\n".getBytes(StandardCharsets.UTF_8)), "x"))
                .isInstanceOf(ClassifierDataException.class);
        assertThatThrownBy(() -> store.load(dir.resolve("missing.model")))
                .isInstanceOf(ClassifierDataException.class).hasMessageContaining("not found");
    }

    private static ClassificationModel train(LinearTrainingOptions options) {
        return new ClassifierTrainingService(UNUSED, new LiblinearClassifierTrainer(), CLOCK)
                .train(ClassifierTestData.tiny(), new ClassifierFeatureOptions(true, 0, 1, 2, 1, 1, 1), options);
    }
}
