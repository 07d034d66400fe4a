/**
 * Service guides on the web: the residents' pages (/guides by department and life event, each
 * guide with a link to the consultation form), the department's desk and the same as REST.
 */
package org.minsheng.web.guide;
