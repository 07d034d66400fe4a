/**
 * Staff notifications on the web: the list page and the REST API to read and mark them.
 */
package org.minsheng.web.notification;
