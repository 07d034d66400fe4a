/**
 * Notifications to staff and residents: kept in-app (a staff inbox; a resident's notes on the
 * case), and sent by e-mail when a mail session is configured, logged when it is not.
 */
package org.minsheng.notification;
