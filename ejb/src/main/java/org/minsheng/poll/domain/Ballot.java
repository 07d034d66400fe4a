package org.minsheng.poll.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * What one person chose, without who they are or when: a random id, the poll and the choices.
 * Free-text answers are kept apart ({@link TextAnswer}), so no ballot carries words that could
 * name its author.
 */
@Entity
@Table(name = "poll_ballot")
public class Ballot {

    @Id
    @Column(length = 40)
    private String id;

    @Column(name = "poll_id", nullable = false, length = 40)
    private String pollId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "poll_ballot_choice", joinColumns = @JoinColumn(name = "ballot_id"))
    private List<BallotChoice> choices = new ArrayList<>();

    protected Ballot() {
    }

    public Ballot(String id, String pollId, List<BallotChoice> choices) {
        this.id = id;
        this.pollId = pollId;
        this.choices.addAll(choices);
    }

    public String id() {
        return id;
    }

    public String pollId() {
        return pollId;
    }

    public List<BallotChoice> choices() {
        return List.copyOf(choices);
    }
}
