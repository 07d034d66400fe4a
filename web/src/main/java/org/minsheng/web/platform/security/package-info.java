/**
 * Who is calling: Jakarta Security's staff mechanism and the identity stores of staff and
 * residents, the access filter, CSRF tokens, and the sign-in and sign-out pages.
 */
package org.minsheng.web.platform.security;
