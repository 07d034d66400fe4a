package org.minsheng.demo;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.minsheng.guide.api.GuideDraft;
import org.minsheng.guide.application.GuideEditing;
import org.minsheng.guide.application.GuideReview;

/** A dozen service guides of the demo city, drafted, submitted and published through the review. */
@Dependent
public class GuideDemo {

    @EJB
    GuideEditing editing;

    @EJB
    GuideReview review;

    /** Returns how many guides were published. */
    int load() {
        List<String[]> rows = rows();
        for (String[] r : rows) {
            long id = editing.create(new GuideDraft(r[0], r[2], r[3], r[4], r[5].replace('|', '\n'),
                    r[6].replace('|', '\n'), r[7], r[8], r[9], r[10], r[11].isBlank() ? null : r[11],
                    Arrays.asList(r[1].split(",")), List.of())).id();
            editing.submit(id);
            review.approve(id, "同意发布");
        }
        return rows.size();
    }

    private static List<String[]> rows() {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = GuideDemo.class.getResourceAsStream("/demo/guides.tsv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    rows.add(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
