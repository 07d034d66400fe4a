package org.minsheng.nlp.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.minsheng.nlp.domain.ClassifierDataException;
import org.minsheng.nlp.domain.LabelledText;

/**
 * Reads labelled messages from a UTF-8 TSV file with a header row naming the columns
 * {@code label} and {@code text} (any order, other columns ignored). Decoding is strict: a file
 * that is not valid UTF-8 is rejected rather than silently garbled.
 */
public final class ClassifierCorpusReader {

    public List<LabelledText> read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ClassifierDataException("文件不存在: " + file + " / file not found: " + file);
        }
        try {
            return parse(Files.readAllBytes(file), file.toString());
        } catch (NoSuchFileException e) {
            throw new ClassifierDataException("文件不存在: " + file + " / file not found: " + file, e);
        } catch (IOException e) {
            throw new ClassifierDataException("无法读取文件: " + file + " / cannot read file: " + file + " (" + e.getMessage()
                    + ")", e);
        }
    }

    public List<LabelledText> read(InputStream in, String name) throws IOException {
        return parse(in.readAllBytes(), name);
    }

    List<LabelledText> parse(byte[] bytes, String name) {
        String content = decode(bytes, name);
        if (content.startsWith("\uFEFF")) {
            content = content.substring(1);
        }
        String[] lines = content.split("\r?\n", -1);
        int first = 0;
        while (first < lines.length && lines[first].isBlank()) {
            first++;
        }
        if (first == lines.length) {
            throw new ClassifierDataException("文件为空: " + name + " / file is empty: " + name);
        }
        String[] header = lines[first].split("\t", -1);
        int labelColumn = -1;
        int textColumn = -1;
        for (int i = 0; i < header.length; i++) {
            String h = header[i].strip().toLowerCase(Locale.ROOT);
            if (h.equals("label") && labelColumn < 0) {
                labelColumn = i;
            } else if (h.equals("text") && textColumn < 0) {
                textColumn = i;
            }
        }
        if (labelColumn < 0 || textColumn < 0) {
            throw new ClassifierDataException("表头缺少 label 或 text 列: " + name
                    + " / header lacks a 'label' or 'text' column: " + name);
        }
        int needed = Math.max(labelColumn, textColumn) + 1;
        List<LabelledText> rows = new ArrayList<>();
        for (int n = first + 1; n < lines.length; n++) {
            if (lines[n].isBlank()) {
                continue;
            }
            String[] cells = lines[n].split("\t", -1);
            int lineNo = n + 1;
            if (cells.length < needed) {
                throw new ClassifierDataException("第 " + lineNo + " 行列数不足: " + name + " / line " + lineNo
                        + " has too few columns: " + name);
            }
            String label = cells[labelColumn].strip();
            String text = cells[textColumn].strip();
            if (label.isEmpty() || text.isEmpty()) {
                throw new ClassifierDataException("第 " + lineNo + " 行标签或文本为空: " + name + " / line " + lineNo
                        + " has an empty label or text: " + name);
            }
            rows.add(new LabelledText(label, text));
        }
        if (rows.isEmpty()) {
            throw new ClassifierDataException("文件没有数据行: " + name + " / file has no data rows: " + name);
        }
        return rows;
    }

    private static String decode(byte[] bytes, String name) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ClassifierDataException("文件不是有效的 UTF-8 编码: " + name + " / file is not valid UTF-8: " + name, e);
        }
    }
}
