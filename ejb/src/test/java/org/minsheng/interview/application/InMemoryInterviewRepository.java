package org.minsheng.interview.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.minsheng.interview.domain.Interview;
import org.minsheng.interview.domain.InterviewImage;
import org.minsheng.interview.domain.InterviewPost;
import org.minsheng.interview.domain.InterviewRepository;
import org.minsheng.interview.domain.Question;
import org.minsheng.interview.domain.QuestionStatus;

/** The interview tables in maps, ordered as the database orders them; counts the row locks taken. */
final class InMemoryInterviewRepository implements InterviewRepository {

    final Map<String, Interview> interviews = new LinkedHashMap<>();
    final List<InterviewPost> posts = new ArrayList<>();
    final Map<String, InterviewImage> images = new HashMap<>();
    final Map<String, Question> questions = new LinkedHashMap<>();
    /** Per node: the counts it reported and when. */
    final Map<String, Map.Entry<Instant, Map<String, Integer>>> viewers = new HashMap<>();
    int locks;

    @Override
    public void add(Interview interview) {
        interviews.put(interview.id(), interview);
    }

    @Override
    public Optional<Interview> byId(String id) {
        return Optional.ofNullable(interviews.get(id));
    }

    @Override
    public Optional<Interview> lockedForPosting(String id) {
        locks++;
        return byId(id);
    }

    @Override
    public List<Interview> all(int limit) {
        return interviews.values().stream()
                .sorted(Comparator.comparing(Interview::scheduledAt).reversed().thenComparing(Interview::id))
                .limit(limit).toList();
    }

    @Override
    public void add(InterviewPost post) {
        posts.add(post);
    }

    @Override
    public List<InterviewPost> postsAfter(String interviewId, long afterSequence, int limit) {
        return posts.stream().filter(p -> p.interviewId().equals(interviewId) && p.sequence() > afterSequence)
                .sorted(Comparator.comparingLong(InterviewPost::sequence)).limit(limit).toList();
    }

    @Override
    public Optional<InterviewPost> post(String interviewId, long sequence) {
        return posts.stream().filter(p -> p.interviewId().equals(interviewId) && p.sequence() == sequence).findFirst();
    }

    @Override
    public void add(InterviewImage image) {
        images.put(image.id(), image);
    }

    @Override
    public Optional<InterviewImage> image(String id) {
        return Optional.ofNullable(images.get(id));
    }

    @Override
    public void add(Question question) {
        questions.put(question.id(), question);
    }

    @Override
    public Optional<Question> question(String id) {
        return Optional.ofNullable(questions.get(id));
    }

    @Override
    public List<Question> questions(String interviewId, List<QuestionStatus> statuses, int limit) {
        return questions.values().stream()
                .filter(q -> q.interviewId().equals(interviewId) && statuses.contains(q.status()))
                .sorted(Comparator.comparing(Question::askedAt).thenComparing(Question::id)).limit(limit).toList();
    }

    @Override
    public Map<String, Long> reportViewers(String node, Map<String, Integer> counts, Instant now, Instant freshSince) {
        viewers.put(node, Map.entry(now, Map.copyOf(counts)));
        Map<String, Long> totals = new HashMap<>();
        viewers.values().stream().filter(e -> e.getKey().isAfter(freshSince))
                .forEach(e -> e.getValue().forEach((id, n) -> totals.merge(id, (long) n, Long::sum)));
        return totals;
    }
}
