package org.minsheng.tools.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplayCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new ReplayCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    @Test
    void printsTheHottestTopicsOfAMessagesFile(@TempDir Path dir) throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add(String.join("\t", ReplayCommand.COLUMNS));
        String[] bodies = {
            "武陵区金霞小区旁边的搅拌站日夜作业，噪音很大，晚上根本睡不着。",
            "金霞小区外的搅拌站粉尘飘进家里，阳台每天一层灰，孩子总咳嗽。",
            "搅拌站的罐车半夜进出金霞小区门口，轰鸣声吵醒全楼的人。",
            "请环保部门查一查金霞小区附近搅拌站有没有环评手续，离居民楼太近了。",
            // A copy of the first message by someone else: a near repeat, not a message of its own.
            "武陵区金霞小区旁边的搅拌站日夜作业，噪音很大，晚上根本睡不着！"};
        for (int i = 0; i < bodies.length; i++) {
            lines.add((100 + i) + "\tU" + i + "\t金霞小区旁搅拌站噪音扰民\t2026/11/" + (10 + i) + " 9:1" + i
                    + ":00\t" + bodies[i] + "\t" + (i * 3) + "\t0");
        }
        lines.add("200\tU9\t朗州路路灯不亮\t2026-11-12 20:00:00\t朗州路北段路灯坏了很久\t0\t1");
        Path file = dir.resolve("messages.tsv");
        Files.write(file, lines, StandardCharsets.UTF_8);

        assertThat(run("replay", file.toString(), "--top", "5")).isZero();
        List<String> printed = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(printed.get(0)).isEqualTo("rank\theat\tmessages\tresidents\tlikes\ttopic\tkeywords");
        assertThat(printed).hasSize(2);
        String[] top = printed.get(1).split("\t");
        assertThat(top[0]).isEqualTo("1");
        assertThat(top[2]).as("messages, the near repeat not counted").isEqualTo("4");
        assertThat(top[3]).as("residents").isEqualTo("5");
        assertThat(top[4]).isEqualTo("30");
        assertThat(top[5]).startsWith("金霞小区");
        assertThat(top[6]).contains("搅拌站");
    }

    @Test
    void aFileThatIsNotAMessagesFileIsRefusedWithExitCodeTwo(@TempDir Path dir) throws Exception {
        Path wrongHeader = dir.resolve("wrong.tsv");
        Files.writeString(wrongHeader, "编号\t标题\n1\t你好\n", StandardCharsets.UTF_8);
        assertThat(run("replay", wrongHeader.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("表头应为").contains("the header must be");

        Path badTime = dir.resolve("time.tsv");
        Files.writeString(badTime, String.join("\t", ReplayCommand.COLUMNS) + "\n1\tU1\t标题\t昨天\t内容\t0\t0\n",
                StandardCharsets.UTF_8);
        assertThat(run("replay", badTime.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("line 2");

        assertThat(run("replay", dir.resolve("missing.tsv").toString())).isEqualTo(2);
        assertThat(run("replay", badTime.toString(), "--top", "zero")).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
