/**
 * Search on the web: the public search page {@code /search} (facets, highlighted snippets, paging,
 * search inside one site), its JSON twin {@code /api/search}, and the administrator's rebuild.
 */
package org.minsheng.web.search;
