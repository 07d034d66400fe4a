package org.minsheng.poll.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.minsheng.shared.error.Validation;

/**
 * Checks a response against its poll's questions and turns it into ballot marks and texts. Every
 * problem is reported at once, under the field {@code q<number>}; nothing is accepted in part.
 */
public final class BallotRules {

    /** The longest free-text answer, in characters. */
    public static final int MAX_TEXT = 500;

    /** A checked response: the ballot's marks and the free texts by question number. */
    public record Checked(List<BallotChoice> choices, Map<Integer, String> texts) {
    }

    private BallotRules() {
    }

    public static Checked check(Poll poll, List<GivenAnswer> given) {
        Validation v = new Validation();
        Map<Integer, GivenAnswer> byQuestion = new TreeMap<>();
        for (GivenAnswer a : given == null ? List.<GivenAnswer>of() : given) {
            String field = "q" + a.question();
            if (poll.question(a.question()).isEmpty()) {
                v.require(false, field, "没有第" + a.question() + "题", "There is no question " + a.question());
            } else {
                v.require(byQuestion.put(a.question(), a) == null, field, "同一题只能回答一次",
                        "A question can be answered once");
            }
        }
        List<BallotChoice> choices = new ArrayList<>();
        Map<Integer, String> texts = new TreeMap<>();
        for (PollQuestion q : poll.questions()) {
            GivenAnswer a = byQuestion.get(q.number());
            String field = "q" + q.number();
            if (a == null || blank(a)) {
                v.require(!q.required(), field, "第" + q.number() + "题为必答题", "Question " + q.number() + " is required");
                continue;
            }
            switch (q.kind()) {
                case SINGLE, MULTIPLE -> choose(q, a, field, v, choices);
                case RATING -> rate(q, a, field, v, choices);
                case RANKING -> rank(q, a, field, v, choices);
                case TEXT -> {
                    v.require(onlyText(a), field, "本题只接受文字回答", "This question takes text only");
                    v.text(a.text(), field, "第" + q.number() + "题的回答", "The answer to question " + q.number(),
                            MAX_TEXT, true);
                    texts.put(q.number(), a.text().strip());
                }
            }
        }
        v.throwIfInvalid();
        return new Checked(choices, texts);
    }

    private static void choose(PollQuestion q, GivenAnswer a, String field, Validation v, List<BallotChoice> out) {
        List<Integer> picked = a.choices() == null ? List.of() : a.choices();
        boolean fits = a.rating() == null && (a.ranking() == null || a.ranking().isEmpty()) && a.text() == null;
        v.require(fits, field, "本题只接受选项", "This question takes options only");
        v.require(picked.stream().allMatch(o -> o != null && q.hasOption(o)), field,
                "第" + q.number() + "题没有所选的选项", "Question " + q.number() + " has no such option");
        v.require(new HashSet<>(picked).size() == picked.size(), field, "选项不能重复", "An option was given twice");
        v.require(picked.size() <= q.maxChoices(), field, "第" + q.number() + "题最多选" + q.maxChoices() + "项",
                "Question " + q.number() + " allows at most " + q.maxChoices() + " choices");
        picked.stream().filter(o -> o != null && q.hasOption(o)).distinct()
                .forEach(o -> out.add(new BallotChoice(q.number(), o, 1)));
    }

    private static void rate(PollQuestion q, GivenAnswer a, String field, Validation v, List<BallotChoice> out) {
        boolean fits = (a.choices() == null || a.choices().isEmpty()) && (a.ranking() == null || a.ranking().isEmpty())
                && a.text() == null;
        v.require(fits, field, "本题只接受评分", "This question takes a rating only");
        boolean inRange = a.rating() != null && a.rating() >= PollQuestion.RATING_MIN
                && a.rating() <= PollQuestion.RATING_MAX;
        v.require(inRange, field, "评分须为1到5", "The rating must be 1 to 5");
        if (inRange) {
            out.add(new BallotChoice(q.number(), 0, a.rating()));
        }
    }

    private static void rank(PollQuestion q, GivenAnswer a, String field, Validation v, List<BallotChoice> out) {
        List<Integer> order = a.ranking() == null ? List.of() : a.ranking();
        boolean fits = (a.choices() == null || a.choices().isEmpty()) && a.rating() == null && a.text() == null;
        v.require(fits, field, "本题只接受排序", "This question takes a ranking only");
        boolean complete = order.size() == q.options().size() && new HashSet<>(order).size() == order.size()
                && order.stream().allMatch(o -> o != null && q.hasOption(o));
        v.require(complete, field, "请为每个选项排一个不重复的名次", "Give every option a different place");
        if (complete) {
            for (int place = 1; place <= order.size(); place++) {
                out.add(new BallotChoice(q.number(), order.get(place - 1), place));
            }
        }
    }

    private static boolean onlyText(GivenAnswer a) {
        return (a.choices() == null || a.choices().isEmpty()) && a.rating() == null
                && (a.ranking() == null || a.ranking().isEmpty());
    }

    private static boolean blank(GivenAnswer a) {
        return (a.choices() == null || a.choices().isEmpty()) && a.rating() == null
                && (a.ranking() == null || a.ranking().isEmpty()) && (a.text() == null || a.text().isBlank());
    }
}
