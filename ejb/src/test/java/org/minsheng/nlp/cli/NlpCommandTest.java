package org.minsheng.nlp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minsheng.nlp.domain.LabelledText;
import org.minsheng.nlp.infrastructure.ClassifierTestData;

class NlpCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final NlpCommand command = new NlpCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    @Test
    void helpPrintsUsage() {
        assertThat(command.run("--help")).isZero();
        assertThat(stdout()).contains("cross-validate", "evaluate", "train");
        assertThat(command.run()).isEqualTo(NlpCommand.BAD_INPUT);
    }

    @Test
    void missingFileExitsWithTwoAndOneLine() {
        int code = command.run("evaluate", "--train", dir.resolve("absent.tsv").toString(), "--test",
                dir.resolve("absent.tsv").toString());

        assertThat(code).isEqualTo(NlpCommand.BAD_INPUT);
        assertThat(stderr().lines()).hasSize(1);
        assertThat(stderr()).contains("文件不存在").contains("file not found");
    }

    @Test
    void emptyFileMissingColumnAndWrongEncodingExitWithTwo() throws Exception {
        Path empty = write("empty.tsv", "".getBytes(StandardCharsets.UTF_8));
        Path noText = write("notext.tsv", "label\tbody\n城乡建设\t路灯\n".getBytes(StandardCharsets.UTF_8));
        Path gbk = write("gbk.tsv", "label\ttext\n城乡建设\t路灯坏了没人修\n".getBytes("GBK"));

        for (Path bad : List.of(empty, noText, gbk)) {
            err.reset();
            assertThat(command.run("cross-validate", "--data", bad.toString(), "--folds", "2"))
                    .as(bad.toString()).isEqualTo(NlpCommand.BAD_INPUT);
            assertThat(stderr().lines()).hasSize(1);
        }
    }

    @Test
    void badArgumentsExitWithTwo() {
        assertThat(command.run("frobnicate")).isEqualTo(NlpCommand.BAD_INPUT);
        assertThat(command.run("train", "--data")).isEqualTo(NlpCommand.BAD_INPUT);
        assertThat(command.run("train", "--data", "x.tsv")).isEqualTo(NlpCommand.BAD_INPUT);
        assertThat(command.run("cross-validate", "--data", "x.tsv", "--folds", "many")).isEqualTo(NlpCommand.BAD_INPUT);
        assertThat(command.run("cross-validate", "--data", "x.tsv", "--colour", "red")).isEqualTo(NlpCommand.BAD_INPUT);
        assertThat(stderr()).contains("--folds").contains("--colour");
    }

    @Test
    void evaluateEndsWithMacroF1AndTrainWritesAModel() throws Exception {
        Path data = tsv("data.tsv", ClassifierTestData.tiny());

        assertThat(command.run("evaluate", "--train", data.toString(), "--test", data.toString(), "--min-df", "1"))
                .isZero();
        List<String> lines = stdout().lines().toList();
        assertThat(lines.get(lines.size() - 1)).matches("macro-F1: [01]\\.\\d{4}");
        assertThat(stdout()).contains("precision", "accuracy", "training time", "messages/s");

        Path model = dir.resolve("m/tiny.model");
        assertThat(command.run("train", "--data", data.toString(), "--out", model.toString(), "--min-df", "1")).isZero();
        assertThat(model).isRegularFile();
    }

    @Test
    void crossValidateEndsWithMacroF1() throws Exception {
        Path data = tsv("data.tsv", ClassifierTestData.tiny());

        assertThat(command.run("cross-validate", "--data", data.toString(), "--folds", "2", "--min-df", "1")).isZero();

        List<String> lines = stdout().lines().toList();
        assertThat(lines).anyMatch(l -> l.startsWith("fold 2: macro-F1"));
        int confusion = lines.indexOf("confusion (rows actual, columns predicted in the same order):");
        assertThat(confusion).isPositive();
        // One row per class, a count per class after the label; the counts add up to the messages.
        int classes = (int) ClassifierTestData.tiny().stream().map(LabelledText::label).distinct().count();
        long total = 0;
        for (String row : lines.subList(confusion + 1, confusion + 1 + classes)) {
            String[] cells = row.split("\t");
            assertThat(cells).hasSize(classes + 1);
            for (int c = 1; c <= classes; c++) {
                total += Long.parseLong(cells[c]);
            }
        }
        assertThat(total).isEqualTo(ClassifierTestData.tiny().size());
        assertThat(lines.get(lines.size() - 1)).matches("macro-F1: [01]\\.\\d{4}");
    }

    private Path tsv(String name, List<LabelledText> rows) throws Exception {
        StringBuilder sb = new StringBuilder("label\ttext\n");
        rows.forEach(r -> sb.append(r.label()).append('\t').append(r.text()).append('\n'));
        return write(name, sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] bytes) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
