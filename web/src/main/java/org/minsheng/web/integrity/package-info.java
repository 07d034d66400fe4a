/**
 * The tamper watch of published pages on the web: the administrator's page of watched pages,
 * checks and alerts with a button to check now, and the same as REST.
 */
package org.minsheng.web.integrity;
