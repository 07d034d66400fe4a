package org.minsheng.guide.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A form to download: its name and address (a path on this site or an https address). */
@Embeddable
public class FormLink {

    @Column(nullable = false, length = 100)
    private String label;

    @Column(nullable = false, length = 500)
    private String url;

    protected FormLink() {
    }

    public FormLink(String label, String url) {
        this.label = label;
        this.url = url;
    }

    public String label() {
        return label;
    }

    public String url() {
        return url;
    }
}
