/**
 * Who may do what: staff and resident accounts with salted, slow password hashes, roles and a
 * password policy; throttled, audited sign-in; resets, deactivation. The web layer asks {@code identity.api}.
 */
package org.minsheng.identity;
