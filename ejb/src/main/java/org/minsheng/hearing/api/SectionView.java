package org.minsheng.hearing.api;

/** A section of a draft, numbered from 1 in order. */
public record SectionView(String heading, String body) {
}
