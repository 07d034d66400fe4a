package org.minsheng.interview.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public interface InterviewRepository {

    void add(Interview interview);

    Optional<Interview> byId(String id);

    /** The interview with its row locked until the transaction ends, to number a post. */
    Optional<Interview> lockedForPosting(String id);

    /** All interviews, the most recently scheduled first. */
    List<Interview> all(int limit);

    void add(InterviewPost post);

    /** Posts with a number above {@code afterSequence}, in order. */
    List<InterviewPost> postsAfter(String interviewId, long afterSequence, int limit);

    Optional<InterviewPost> post(String interviewId, long sequence);

    void add(InterviewImage image);

    Optional<InterviewImage> image(String id);

    void add(Question question);

    Optional<Question> question(String id);

    List<Question> questions(String interviewId, List<QuestionStatus> statuses, int limit);

    /** Records this node's viewer counts and returns the totals of all nodes heard from since {@code freshSince}. */
    Map<String, Long> reportViewers(String node, Map<String, Integer> counts, Instant now, Instant freshSince);
}
