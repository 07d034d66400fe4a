package org.minsheng.poll.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface PollRepository {

    void add(Poll poll);

    Optional<Poll> byId(String id);

    /** Polls, the latest opening first; of one department, or all when {@code departmentCode} is null. */
    List<Poll> all(String departmentCode, int limit);

    /**
     * Records that a participant took part, unless they already had: true when recorded. Racing
     * duplicates are settled by the primary key, so exactly one of them is recorded.
     */
    boolean recordParticipation(String pollId, String participantHash, String addressHash);

    boolean participated(String pollId, String participantHash);

    long participationsFrom(String pollId, String addressHash);

    void add(Ballot ballot);

    void add(TextAnswer answer);

    Optional<TextAnswer> textAnswer(String id);

    /** Free-text answers of a poll, optionally only those containing {@code query} or in a status. */
    List<TextAnswer> textAnswers(String pollId, String query, TextStatus status, int limit);

    long ballots(String pollId);

    /** Counts of (question, option, value) over every ballot of the poll. */
    List<ChoiceCount> choiceCounts(String pollId);

    /** How many ballots answered each question. */
    List<ChoiceCount> respondentsPerQuestion(String pollId);

    /** How many free-text answers each text question has, whatever their status. */
    List<ChoiceCount> textCounts(String pollId);

    /** Every ballot's choices, ballots in an order unrelated to when they were cast. */
    List<Ballot> ballotsForExport(String pollId, int limit);

    void addChallenge(String id, String pollId, int answer, Instant expiresAt);

    /** Uses up a challenge when the answer is right and it has not expired: true when it was. */
    boolean solveChallenge(String id, String pollId, int answer, Instant now);

    /** A count of a group of choices; {@code option} and {@code value} are 0 where not grouped by. */
    record ChoiceCount(int question, int option, int value, long count) {
    }
}
