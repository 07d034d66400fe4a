package org.minsheng.cases.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One of the classifier's top suggestions: a category, its department when known here, and the confidence. */
@Embeddable
public class SuggestedRoute {

    @Column(name = "category", nullable = false, length = 40)
    private String category;

    @Column(name = "department_code", length = 40)
    private String departmentCode;

    @Column(name = "confidence", nullable = false)
    private double confidence;

    protected SuggestedRoute() {
    }

    /** The confidence is kept to three decimals, as dispatchers are shown it. */
    public SuggestedRoute(String category, String departmentCode, double confidence) {
        this.category = category;
        this.departmentCode = departmentCode;
        this.confidence = Math.round(confidence * 1000) / 1000.0;
    }

    public String category() {
        return category;
    }

    public String departmentCode() {
        return departmentCode;
    }

    public double confidence() {
        return confidence;
    }
}
