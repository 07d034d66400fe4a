/**
 * The audit trail on the web: the page and REST API for the administrator and the discipline role
 * (search, CSV and Excel export, the hash chain's check).
 */
package org.minsheng.web.audit;
