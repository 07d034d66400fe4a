package org.minsheng.disclosure.api;

/** Another document named on a document's page (its replacement, the policy it explains …). */
public record DocumentLink(long id, String indexNumber, String title) {
}
