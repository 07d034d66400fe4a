package org.minsheng.hearing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One section of a draft: its heading and text. */
@Embeddable
public record DraftSection(
        @Column(name = "heading", nullable = false, length = 200) String heading,
        @Column(name = "body", nullable = false, length = 20000) String body) {
}
