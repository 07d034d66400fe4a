/**
 * Chinese full-text search over what the portal publishes (news, service guides, disclosure
 * documents, public answers, FAQ). Features offer their published content through
 * {@code search.api}; this feature indexes it and answers queries.
 */
package org.minsheng.search;
