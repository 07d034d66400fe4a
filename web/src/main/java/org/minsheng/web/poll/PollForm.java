package org.minsheng.web.poll;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.minsheng.poll.api.AnswerInput;
import org.minsheng.poll.api.PollResponse;
import org.minsheng.poll.api.PollView;
import org.minsheng.poll.api.QuestionView;

/**
 * Reads the poll's HTML form: {@code q<n>} carries the option numbers, the rating or the text of
 * question n, {@code q<n>-o<k>} the place given to option k of a ranking. Anything unreadable is
 * passed on as an impossible answer, so the core's checks name it.
 */
final class PollForm {

    private PollForm() {
    }

    static PollResponse read(PollView poll, MultivaluedMap<String, String> form) {
        List<AnswerInput> answers = new ArrayList<>();
        for (QuestionView q : poll.questions()) {
            String field = "q" + q.number();
            List<String> values = form.getOrDefault(field, List.of()).stream().filter(v -> !v.isBlank()).toList();
            switch (q.kind()) {
                case "SINGLE", "MULTIPLE" -> answers.add(new AnswerInput(q.number(),
                        values.stream().map(PollForm::number).toList(), null, null, null));
                case "RATING" -> answers.add(new AnswerInput(q.number(), null,
                        values.isEmpty() ? null : number(values.get(0)), null, null));
                case "RANKING" -> answers.add(new AnswerInput(q.number(), null, null, ranking(q, form), null));
                default -> answers.add(new AnswerInput(q.number(), null, null, null,
                        values.isEmpty() ? null : values.get(0)));
            }
        }
        return new PollResponse(answers, form.getFirst("challengeId"), form.getFirst("challengeAnswer"));
    }

    /** The options in order of the places given; empty when none was given, [0] when the places are not 1…n once each. */
    private static List<Integer> ranking(QuestionView q, MultivaluedMap<String, String> form) {
        int n = q.options().size();
        Integer[] byPlace = new Integer[n];
        Set<Integer> places = new HashSet<>();
        int given = 0;
        for (int option = 1; option <= n; option++) {
            String value = form.getFirst("q" + q.number() + "-o" + option);
            if (value == null || value.isBlank()) {
                continue;
            }
            given++;
            int place = number(value);
            if (place < 1 || place > n || !places.add(place)) {
                return List.of(0);
            }
            byPlace[place - 1] = option;
        }
        if (given == 0) {
            return List.of();
        }
        return given < n ? List.of(0) : List.of(byPlace);
    }

    private static int number(String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
