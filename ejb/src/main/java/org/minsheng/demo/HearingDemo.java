package org.minsheng.demo;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.minsheng.hearing.api.CommentView;
import org.minsheng.hearing.api.HearingView;
import org.minsheng.hearing.api.NewComment;
import org.minsheng.hearing.api.NewHearing;
import org.minsheng.hearing.api.SectionView;
import org.minsheng.hearing.application.HearingAdministration;
import org.minsheng.hearing.application.HearingParticipation;

/** The demo city's draft put to the public ({@code demo/hearings.tsv}) with residents' approved comments. */
@Dependent
public class HearingDemo {

    @EJB
    HearingAdministration administration;

    @EJB
    HearingParticipation participation;

    /** Loads the hearings; returns how many. */
    public int load(Instant now) {
        List<String[]> rows = rows();
        int loaded = 0;
        for (String[] h : rows) {
            if (!h[0].equals("hearing")) {
                continue;
            }
            List<SectionView> sections = rows.stream().filter(r -> r[0].equals("section") && r[1].equals(h[1]))
                    .map(r -> new SectionView(r[2], r[3])).toList();
            HearingView hearing = administration.publish(new NewHearing(h[2], h[4], h[5], h[6], h[7],
                    now.plus(Duration.ofDays(Long.parseLong(h[3]))), null, sections));
            for (String[] c : rows) {
                if (c[0].equals("comment") && c[1].equals(h[1])) {
                    CommentView comment = participation.comment(hearing.id(),
                            new NewComment(Integer.valueOf(c[2]), c[3], c[4], c[5]));
                    administration.moderate(hearing.id(), comment.id(), true);
                }
            }
            loaded++;
        }
        return loaded;
    }

    private static List<String[]> rows() {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = HearingDemo.class.getResourceAsStream("/demo/hearings.tsv");
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
