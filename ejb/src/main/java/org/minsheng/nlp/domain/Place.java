package org.minsheng.nlp.domain;

/** A place named in a text at [{@code start}, {@code end}). */
public record Place(String name, PlaceKind kind, int start, int end) {
}
