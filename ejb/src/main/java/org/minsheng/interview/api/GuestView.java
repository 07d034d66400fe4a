package org.minsheng.interview.api;

/** A guest as shown on the pages; without a photo the initial is drawn. */
public record GuestView(String name, String title, String titleEn, String photoUrl) {

    public String initial() {
        return name.isEmpty() ? "" : name.substring(0, 1);
    }
}
