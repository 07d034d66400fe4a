/**
 * Government information disclosure on the web: the public catalogue and document pages with their
 * downloads, the staff overview and review page, and the same as REST.
 */
package org.minsheng.web.disclosure;
