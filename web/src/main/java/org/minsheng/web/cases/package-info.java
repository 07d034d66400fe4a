/**
 * The case flow on the web: the portal's home, board and statistics, the channels' forms, the
 * resident's tracking page, and the staff pages and REST API for dispatching, handling, review,
 * extensions, supervision and the leaders' mailboxes.
 */
package org.minsheng.web.cases;
