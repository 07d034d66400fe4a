/**
 * Polls on the web: the public list, form and results pages (charts with the same figures as a
 * table), the public REST API, and the staff's pages and REST for creating, following, exporting
 * and moderating free-text answers.
 */
package org.minsheng.web.poll;
