package org.minsheng.tools.nlp;

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

class NlpCommandTest {

    /** A tiny three-class set, pre-segmented so that no dictionary is involved. */
    private static final List<LabelledText> TINY = List.of(
            new LabelledText("交通运输", "公交 车 班次 太少 等车 时间 长"),
            new LabelledText("交通运输", "公交 站台 拆除 乘客 等车 不便"),
            new LabelledText("交通运输", "出租车 拒载 公交 线路 调整"),
            new LabelledText("交通运输", "道路 坑洼 公交 绕行 拥堵"),
            new LabelledText("环境保护", "工厂 废气 排放 气味 刺鼻"),
            new LabelledText("环境保护", "河道 污水 排放 死鱼 发臭"),
            new LabelledText("环境保护", "工地 粉尘 噪音 污染 扰民"),
            new LabelledText("环境保护", "养殖场 粪污 排放 污染 河道"),
            new LabelledText("卫生计生", "医院 医生 态度 差 挂号 难"),
            new LabelledText("卫生计生", "卫生院 医生 看病 药品 短缺"),
            new LabelledText("卫生计生", "医院 收费 检查 项目 不明"),
            new LabelledText("卫生计生", "生育 登记 医院 出生 证明"));

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
        Path data = tsv("data.tsv", TINY);

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
        Path data = tsv("data.tsv", TINY);

        assertThat(command.run("cross-validate", "--data", data.toString(), "--folds", "2", "--min-df", "1")).isZero();

        List<String> lines = stdout().lines().toList();
        assertThat(lines).anyMatch(l -> l.startsWith("fold 2: macro-F1"));
        int confusion = lines.indexOf("confusion (rows actual, columns predicted in the same order):");
        assertThat(confusion).isPositive();
        // One row per class, a count per class after the label; the counts add up to the messages.
        int classes = (int) TINY.stream().map(LabelledText::label).distinct().count();
        long total = 0;
        for (String row : lines.subList(confusion + 1, confusion + 1 + classes)) {
            String[] cells = row.split("\t");
            assertThat(cells).hasSize(classes + 1);
            for (int c = 1; c <= classes; c++) {
                total += Long.parseLong(cells[c]);
            }
        }
        assertThat(total).isEqualTo(TINY.size());
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
