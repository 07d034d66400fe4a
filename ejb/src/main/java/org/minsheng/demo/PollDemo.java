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
import java.util.Arrays;
import java.util.List;
import org.minsheng.poll.api.AnswerInput;
import org.minsheng.poll.api.NewPoll;
import org.minsheng.poll.api.NewQuestion;
import org.minsheng.poll.api.PollResponse;
import org.minsheng.poll.api.Respondent;
import org.minsheng.poll.api.QuestionView;
import org.minsheng.poll.api.PollView;
import org.minsheng.poll.application.PollAdministration;
import org.minsheng.poll.application.PollAnswering;

/**
 * The demo city's polls ({@code demo/polls.tsv}): an open one and a closed one with results,
 * answered through the poll's own use cases by made-up devices with a spread of answers.
 */
@Dependent
public class PollDemo {

    @EJB
    PollAdministration administration;

    @EJB
    PollAnswering answering;

    /** Loads the polls; returns how many. */
    public int load(Instant now) {
        List<String[]> rows = rows();
        int polls = 0;
        for (String[] p : rows) {
            if (!p[0].equals("poll")) {
                continue;
            }
            String key = p[1];
            List<NewQuestion> questions = rows.stream().filter(r -> r[0].equals("question") && r[1].equals(key))
                    .map(r -> new NewQuestion(r[2], r[5], Boolean.parseBoolean(r[3]),
                            r[4].isBlank() ? null : Integer.valueOf(r[4]),
                            r[6].isBlank() ? List.of() : Arrays.asList(r[6].split("\\|")))).toList();
            PollView poll = administration.create(new NewPoll(p[2], p[6], p[7], p[3], p[4],
                    now.minus(Duration.ofDays(20)), now.plus(Duration.ofDays(25)), 100_000, questions));
            List<String> texts = rows.stream().filter(r -> r[0].equals("text") && r[1].equals(key)).map(r -> r[2])
                    .toList();
            int responses = Integer.parseInt(p[8]);
            for (int i = 0; i < responses; i++) {
                answering.answer(poll.id(), new Respondent("demo-" + key + "-" + i, "demo"),
                        new PollResponse(answers(poll, i, i < texts.size() ? texts.get(i) : null), null, null));
            }
            if (p[5].equals("closed")) {
                administration.close(poll.id());
            }
            polls++;
        }
        return polls;
    }

    /** A plausible spread: earlier options and higher ratings a little more often. */
    private static List<AnswerInput> answers(PollView poll, int i, String text) {
        List<AnswerInput> answers = new ArrayList<>();
        for (QuestionView q : poll.questions()) {
            int n = q.options().size();
            switch (q.kind()) {
                case "SINGLE" -> answers.add(new AnswerInput(q.number(), List.of(1 + (i * i + i / 3) % n), null,
                        null, null));
                case "MULTIPLE" -> answers.add(new AnswerInput(q.number(),
                        i % 3 == 0 ? List.of(1 + i % n) : List.of(1 + i % n, 1 + (i + 1) % n), null, null, null));
                case "RATING" -> answers.add(new AnswerInput(q.number(), null, 5 - (i * 7 % 11) % 5, null, null));
                case "RANKING" -> {
                    List<Integer> order = new ArrayList<>();
                    for (int k = 0; k < n; k++) {
                        order.add(1 + (k + i % 2 + (i % 5 == 0 ? 1 : 0)) % n);
                    }
                    answers.add(new AnswerInput(q.number(), null, null, order, null));
                }
                default -> answers.add(new AnswerInput(q.number(), null, null, null, text));
            }
        }
        return answers;
    }

    private static List<String[]> rows() {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = PollDemo.class.getResourceAsStream("/demo/polls.tsv");
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
