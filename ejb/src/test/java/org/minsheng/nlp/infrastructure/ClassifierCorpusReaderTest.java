package org.minsheng.nlp.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minsheng.nlp.domain.ClassifierDataException;
import org.minsheng.nlp.domain.LabelledText;

class ClassifierCorpusReaderTest {

    @TempDir
    Path dir;

    private final ClassifierCorpusReader reader = new ClassifierCorpusReader();

    @Test
    void readsColumnsByNameInAnyOrder() throws Exception {
        Path file = write("id\ttext\tlabel\n1\t路灯 坏了\t城乡建设\n\n2\t公交 太挤\t交通运输\n");

        assertThat(reader.read(file)).containsExactly(
                new LabelledText("城乡建设", "路灯 坏了"), new LabelledText("交通运输", "公交 太挤"));
    }

    @Test
    void acceptsByteOrderMarkAndWindowsLineEnds() throws Exception {
        Path file = write("\uFEFFlabel\ttext\r\n环境保护\t噪音 扰民\r\n");

        assertThat(reader.read(file)).containsExactly(new LabelledText("环境保护", "噪音 扰民"));
    }

    @Test
    void rejectsBadFilesWithBilingualMessages() throws Exception {
        assertThatThrownBy(() -> reader.read(dir.resolve("none.tsv")))
                .isInstanceOf(ClassifierDataException.class).hasMessageContaining("文件不存在").hasMessageContaining("not found");
        assertThatThrownBy(() -> reader.read(write("")))
                .isInstanceOf(ClassifierDataException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> reader.read(write("label\tbody\n城乡建设\t路灯\n")))
                .isInstanceOf(ClassifierDataException.class).hasMessageContaining("'text' column");
        assertThatThrownBy(() -> reader.read(write("label\ttext\n")))
                .isInstanceOf(ClassifierDataException.class).hasMessageContaining("no data rows");
        assertThatThrownBy(() -> reader.read(write("label\ttext\n城乡建设\n")))
                .isInstanceOf(ClassifierDataException.class).hasMessageContaining("line 2");
        Path gbk = dir.resolve("gbk.tsv");
        Files.write(gbk, "label\ttext\n城乡建设\t路灯坏了\n".getBytes("GBK"));
        assertThatThrownBy(() -> reader.read(gbk))
                .isInstanceOf(ClassifierDataException.class).hasMessageContaining("UTF-8");
    }

    private Path write(String content) throws Exception {
        Path file = Files.createTempFile(dir, "corpus", ".tsv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
