package org.minsheng.disclosure.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.minsheng.shared.error.FieldError;
import org.minsheng.shared.error.ValidationFailed;

/**
 * The body's answer to an application: its type, and what that type needs (the legal reason for not
 * providing, where the information is already public, or the body responsible instead).
 */
@Embeddable
public class RequestAnswer {

    /** No answer yet: every part empty (the columns are null until the request is answered). */
    static final RequestAnswer NONE = new RequestAnswer();

    @Enumerated(EnumType.STRING)
    @Column(name = "answer_type", length = 30)
    private AnswerType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_reason", length = 30)
    private LegalReason legalReason;

    @Column(name = "answer_text", length = 4000)
    private String text;

    @Column(name = "answer_location", length = 300)
    private String location;

    @Column(name = "other_body", length = 100)
    private String otherBody;

    @Column(name = "answered_on")
    private LocalDate answeredOn;

    @Column(name = "answered_by", length = 60)
    private String answeredBy;

    protected RequestAnswer() {
    }

    /** Checks that the answer has what its type needs; keeps only the parts its type uses. */
    RequestAnswer(InformationRequest.Answer a, String by, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (a.type() == AnswerType.ALREADY_PUBLIC && blank(a.location())) {
            errors.add(new FieldError("location", "请注明获取该信息的方式和途径", "Say where the information is public"));
        }
        if (a.type().needsReason() && a.reason() == null) {
            errors.add(new FieldError("reason", "请选择不予公开的法定理由", "Choose the legal reason"));
        }
        if (a.type() == AnswerType.OTHER_BODY && blank(a.otherBody())) {
            errors.add(new FieldError("otherBody", "请注明负责公开该信息的机关", "Name the body responsible"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        this.type = a.type();
        this.legalReason = a.type().needsReason() ? a.reason() : null;
        this.text = a.text();
        this.location = a.type() == AnswerType.ALREADY_PUBLIC ? a.location() : null;
        this.otherBody = a.type() == AnswerType.OTHER_BODY ? a.otherBody() : null;
        this.answeredOn = today;
        this.answeredBy = by;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public AnswerType type() {
        return type;
    }

    public LegalReason legalReason() {
        return legalReason;
    }

    public String text() {
        return text;
    }

    public String location() {
        return location;
    }

    public String otherBody() {
        return otherBody;
    }

    public LocalDate answeredOn() {
        return answeredOn;
    }

    public String answeredBy() {
        return answeredBy;
    }
}
