package org.minsheng.demo;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.minsheng.disclosure.api.DocumentDraft;
import org.minsheng.disclosure.application.DisclosureBodies;
import org.minsheng.disclosure.application.RequestImport;
import org.minsheng.shared.time.CityTime;

/**
 * The demo city's disclosure catalogue: every department is a disclosing body (the platform's
 * documents are the city government's), with invented organisation codes; a few dozen published
 * documents (one amended, one repealed, one expired, interpretations linked to their policies) and
 * drafts of the housing bureau, one of them past its 20 working days; applications for
 * information in every state and with every kind of answer.
 */
@ApplicationScoped
public class DisclosureDemo {

    /** The city's invented code prefix: 1143 07 00 (Hunan, Changde), then a serial per body. */
    private static final String CODE_PREFIX = "11430700MS";

    @EJB
    DisclosureBodies bodies;

    @EJB
    RequestImport requests;

    void load(Instant now) {
        int code = 1;
        for (String[] d : rows("departments.tsv")) {
            boolean platform = Boolean.parseBoolean(d[3]);
            bodies.configure(d[0], CODE_PREFIX + String.format("%06d", code++) + (platform ? "0X" : "01"),
                    platform ? "常德市人民政府" : d[1], platform ? "Changde Municipal People's Government" : d[2], 1);
        }
        List<String[]> rows = new ArrayList<>(rows("disclosure-documents.tsv"));
        rows.sort(Comparator.comparingInt((String[] r) -> Integer.parseInt(r[2])).reversed());
        Map<String, Long> ids = new HashMap<>();
        for (String[] r : rows) {
            Instant at = now.minus(Duration.ofDays(Long.parseLong(r[2])));
            LocalDate day = at.atZone(CityTime.ZONE).toLocalDate();
            boolean published = r[3].equals("PUBLISHED");
            DocumentDraft draft = new DocumentDraft(r[1], r[7], r[8], r[9], null,
                    day.minusDays(published ? 4 : 0).toString(), null, r[4], r[5], r[6],
                    Arrays.asList(r[10].split(",")), r[11].isBlank() ? null : ids.get(r[11]), null);
            ids.put(r[0], published ? bodies.importPublished(draft, at)
                    : bodies.importDraft(draft, r[1] + "-editor", at, r[3].equals("IN_REVIEW")));
        }
        for (String[] r : rows) {
            if (!r[12].isBlank() && !r[12].equals("VALID")) {
                bodies.importValidity(ids.get(r[0]), r[12], r[13].isBlank() ? null : ids.get(r[13]));
            }
        }
        // Numbered per body and year, as applications made on the site are.
        Map<String, Integer> serials = new HashMap<>();
        for (String[] q : rows("disclosure-requests.tsv")) {
            LocalDate received = now.minus(Duration.ofDays(Long.parseLong(q[3]))).atZone(CityTime.ZONE).toLocalDate();
            int serial = serials.merge(q[0] + received.getYear(), 1, Integer::sum);
            requests.importRequest(new RequestImport.Imported(q[0], q[1], q[2], q[7], received, q[4],
                    q[5].isBlank() ? null : q[5], q[6]), serial);
        }
    }

    private static List<String[]> rows(String name) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = DisclosureDemo.class.getResourceAsStream("/demo/" + name);
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
