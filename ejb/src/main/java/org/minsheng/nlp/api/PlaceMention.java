package org.minsheng.nlp.api;

/**
 * A place named in a message. {@code kind} is one of CITY, DISTRICT, TOWNSHIP, ROAD, ESTATE;
 * {@code kindLabel} its Chinese name (市, 区县, 乡镇街道, 道路, 小区).
 */
public record PlaceMention(String name, String kind, String kindLabel) {
}
