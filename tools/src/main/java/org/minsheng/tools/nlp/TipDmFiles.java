package org.minsheng.tools.nlp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.minsheng.tools.nlp.DuplicateEvaluation.Message;

/** Reads the TipDM 2020 data files: UTF-8, tab-separated, one header row. */
final class TipDmFiles {

    private TipDmFiles() {
    }

    /** Both raw files: id, user, title, time, body, … */
    static List<Message> readRaw(Path dir) throws IOException {
        List<Message> out = new ArrayList<>();
        for (String file : List.of("messages-with-votes.tsv", "messages-with-replies.tsv")) {
            List<String> lines = Files.readAllLines(dir.resolve(file), StandardCharsets.UTF_8);
            for (String line : lines.subList(1, lines.size())) {
                String[] cols = line.split("\t", -1);
                if (cols.length >= 5 && !cols[4].isBlank()) {
                    out.add(new Message(cols[0].strip(), cols[1].strip(), cols[2].strip(), cols[4].strip()));
                }
            }
        }
        return out;
    }

    /** One column of {@code file}, rows too short for it left out. */
    static List<String> readColumn(Path file, int column) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>(lines.size());
        for (String line : lines.subList(1, lines.size())) {
            String[] cols = line.split("\t", -1);
            if (cols.length > column) {
                out.add(cols[column]);
            }
        }
        return out;
    }

    /** Drops messages whose id or exact text was already seen (the two files overlap). */
    static List<Message> distinct(List<Message> messages) {
        Set<String> ids = new HashSet<>();
        Set<String> texts = new HashSet<>();
        List<Message> out = new ArrayList<>();
        for (Message m : messages) {
            if (ids.add(m.id()) && texts.add(m.title() + "\t" + m.body())) {
                out.add(m);
            }
        }
        return out;
    }
}
