package org.minsheng.disclosure.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * What the catalogue says about a document besides its text: the body that issued it, when it was
 * written and made (or changed), the last day to publish it (20 working days after it was made),
 * its number (文号) and its topic and genre classification.
 */
@Embeddable
public class DocumentMetadata {

    @Column(nullable = false, length = 100)
    private String publisher;

    @Column(name = "written_on", nullable = false)
    private LocalDate writtenOn;

    @Column(name = "made_on", nullable = false)
    private LocalDate madeOn;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "document_number", length = 60)
    private String documentNumber;

    @Column(name = "topic_code", nullable = false, length = 20)
    private String topicCode;

    @Column(name = "genre_code", nullable = false, length = 20)
    private String genreCode;

    protected DocumentMetadata() {
    }

    DocumentMetadata(DocumentContent c, LocalDate dueOn) {
        this.publisher = c.publisher();
        this.writtenOn = c.writtenOn();
        this.madeOn = c.madeOn();
        this.dueOn = dueOn;
        this.documentNumber = c.documentNumber();
        this.topicCode = c.topicCode();
        this.genreCode = c.genreCode();
    }

    public String publisher() {
        return publisher;
    }

    public LocalDate writtenOn() {
        return writtenOn;
    }

    public LocalDate madeOn() {
        return madeOn;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public String documentNumber() {
        return documentNumber;
    }

    public String topicCode() {
        return topicCode;
    }

    public String genreCode() {
        return genreCode;
    }
}
