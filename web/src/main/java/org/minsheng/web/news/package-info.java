/**
 * News on the web: the public site pages (/news, sub-sites at /sites/{code}, columns, articles,
 * special topics, RSS and Atom feeds), the editors' and approvers' desk, and the same as REST.
 */
package org.minsheng.web.news;
