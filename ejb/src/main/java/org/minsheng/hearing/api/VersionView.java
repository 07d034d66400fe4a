package org.minsheng.hearing.api;

import java.time.Instant;
import java.util.List;

/** A version of the draft with what changed. */
public record VersionView(int number, String changeLog, Instant publishedAt, List<SectionView> sections) {
}
