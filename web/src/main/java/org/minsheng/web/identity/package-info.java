/**
 * Resident accounts on the web: registration, sign-in and the resident's own messages, as pages
 * and REST. Staff sign-in is platform plumbing (web.platform.security).
 */
package org.minsheng.web.identity;
