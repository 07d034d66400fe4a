package org.minsheng.interview.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An official taking part: name, title, optional photo, and the staff account that posts as them. */
@Embeddable
public class Guest {

    @Column(nullable = false, length = 40)
    private String name;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "title_en", nullable = false, length = 200)
    private String titleEn;

    @Column(name = "photo_url", length = 500)
    private String photoUrl;

    @Column(name = "staff_username", length = 60)
    private String staffUsername;

    protected Guest() {
    }

    public Guest(String name, String title, String titleEn, String photoUrl, String staffUsername) {
        this.name = name;
        this.title = title;
        this.titleEn = titleEn;
        this.photoUrl = photoUrl;
        this.staffUsername = staffUsername;
    }

    public String name() {
        return name;
    }

    public String title() {
        return title;
    }

    public String titleEn() {
        return titleEn;
    }

    public String photoUrl() {
        return photoUrl;
    }

    public String staffUsername() {
        return staffUsername;
    }
}
