package org.minsheng.poll.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A survey (网上调查) of a department: its questions, when it is open, the one-response rule and
 * when its results may be seen. Its questions are fixed once created, so answers stay comparable.
 */
@Entity
@Table(name = "poll")
public class Poll {

    @Id
    @Column(length = 40)
    private String id;

    @Column(name = "department_code", nullable = false, length = 20)
    private String departmentCode;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 4000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "response_rule", nullable = false, length = 20)
    private ResponseRule rule;

    @Enumerated(EnumType.STRING)
    @Column(name = "results_shown", nullable = false, length = 20)
    private ResultsVisibility resultsShown;

    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;

    @Column(name = "closes_at", nullable = false)
    private Instant closesAt;

    /** Responses from one network address before a challenge is asked. */
    @Column(name = "address_limit", nullable = false)
    private int addressLimit;

    /** Random per poll, so hashes of accounts, devices and addresses mean nothing outside it. */
    @Column(nullable = false, length = 64)
    private String salt;

    @Column(name = "created_by", nullable = false, length = 60)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "poll_id", nullable = false)
    @OrderBy("number")
    private List<PollQuestion> questions = new ArrayList<>();

    protected Poll() {
    }

    public Poll(String id, String departmentCode, String title, String description, ResponseRule rule,
                ResultsVisibility resultsShown, Instant opensAt, Instant closesAt, int addressLimit, String salt,
                List<PollQuestion> questions, String createdBy, Instant createdAt) {
        if (!closesAt.isAfter(opensAt)) {
            throw new IllegalArgumentException("a poll closes after it opens");
        }
        this.id = id;
        this.departmentCode = departmentCode;
        this.title = title;
        this.description = description;
        this.rule = rule;
        this.resultsShown = resultsShown;
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        this.addressLimit = addressLimit;
        this.salt = salt;
        this.questions.addAll(questions);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public PollStatus status(Instant now) {
        if (now.isBefore(opensAt)) {
            return PollStatus.SCHEDULED;
        }
        return now.isBefore(closesAt) ? PollStatus.OPEN : PollStatus.CLOSED;
    }

    /**
     * Whether results may be shown now: live ones always; after answering to those who answered, to
     * staff and to everyone once closed; after closing to nobody, staff included, before then.
     */
    public boolean resultsVisible(Instant now, boolean answered, boolean staff) {
        boolean closed = status(now) == PollStatus.CLOSED;
        return switch (resultsShown) {
            case LIVE -> true;
            case AFTER_ANSWERING -> closed || answered || staff;
            case AFTER_CLOSING -> closed;
        };
    }

    /** Ends the poll now, when it was open longer than needed. */
    public void closeAt(Instant now) {
        if (now.isBefore(closesAt)) {
            closesAt = now.isBefore(opensAt) ? opensAt : now;
        }
    }

    public Optional<PollQuestion> question(int number) {
        return questions.stream().filter(q -> q.number() == number).findFirst();
    }

    public String id() {
        return id;
    }

    public String departmentCode() {
        return departmentCode;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public ResponseRule rule() {
        return rule;
    }

    public ResultsVisibility resultsShown() {
        return resultsShown;
    }

    public Instant opensAt() {
        return opensAt;
    }

    public Instant closesAt() {
        return closesAt;
    }

    public int addressLimit() {
        return addressLimit;
    }

    public String salt() {
        return salt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }

    public List<PollQuestion> questions() {
        return List.copyOf(questions);
    }
}
