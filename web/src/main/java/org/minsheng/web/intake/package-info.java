/**
 * Attachments on the web: residents and staff upload files to a case and download them, checked
 * by content in the core.
 */
package org.minsheng.web.intake;
