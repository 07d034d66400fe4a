package org.minsheng.interview.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An interview and the counter that numbers its posts. The counter is advanced only while the row
 * is locked (PESSIMISTIC_WRITE), so numbers are gap-free and follow commit order across nodes.
 */
@Entity
@Table(name = "interview")
public class Interview {

    @Id
    @Column(length = 40)
    private String id;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 4000)
    private String introduction;

    @Column(name = "department_code", nullable = false, length = 40)
    private String departmentCode;

    @Column(name = "scheduled_at", nullable = false)
    private Instant scheduledAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InterviewStatus status;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(length = 8000)
    private String summary;

    @Column(name = "last_seq", nullable = false)
    private long lastSequence;

    // Lazy, so locking the row for a post is one SELECT … FOR UPDATE without a join.
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "interview_guest", joinColumns = @JoinColumn(name = "interview_id"))
    @OrderColumn(name = "ord")
    private List<Guest> guests = new ArrayList<>();

    @Version
    private long version;

    protected Interview() {
    }

    public Interview(String id, String title, String introduction, String departmentCode, Instant scheduledAt,
                     List<Guest> guests) {
        if (guests.isEmpty()) {
            throw new IllegalArgumentException("an interview needs at least one guest");
        }
        this.id = id;
        this.title = title;
        this.introduction = introduction;
        this.departmentCode = departmentCode;
        this.scheduledAt = scheduledAt;
        this.guests = new ArrayList<>(guests);
        this.status = InterviewStatus.ANNOUNCED;
    }

    /** The next post number; call only while holding the row lock. */
    public long nextSequence() {
        return ++lastSequence;
    }

    public void start(Instant at) {
        if (status != InterviewStatus.ANNOUNCED) {
            throw new IllegalStateException("only an announced interview can go live");
        }
        status = InterviewStatus.LIVE;
        startedAt = at;
    }

    public void finish(String summaryText, Instant at) {
        if (status != InterviewStatus.LIVE) {
            throw new IllegalStateException("only a live interview can be finished");
        }
        status = InterviewStatus.FINISHED;
        summary = summaryText;
        finishedAt = at;
    }

    /** Posts are accepted only while live. */
    public boolean acceptsPosts() {
        return status == InterviewStatus.LIVE;
    }

    /** Residents may ask before and during the interview. */
    public boolean acceptsQuestions() {
        return status != InterviewStatus.FINISHED;
    }

    public Optional<Guest> guestFor(String staffUsername) {
        return guests.stream().filter(g -> staffUsername.equals(g.staffUsername())).findFirst();
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String introduction() {
        return introduction;
    }

    public String departmentCode() {
        return departmentCode;
    }

    public Instant scheduledAt() {
        return scheduledAt;
    }

    public InterviewStatus status() {
        return status;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public String summary() {
        return summary;
    }

    public long lastSequence() {
        return lastSequence;
    }

    public List<Guest> guests() {
        return List.copyOf(guests);
    }

    public long version() {
        return version;
    }
}
