package org.minsheng.interview.api;

/** An image as uploaded, before it is checked: the sender's file name and declared type are untrusted. */
public record ImageUpload(String fileName, String declaredType, byte[] content) {
}
