/**
 * Who may do what: staff accounts with salted, slow password hashes and roles, tied to a
 * department. Authentication mechanisms in the web layer ask {@code identity.api}.
 */
package org.minsheng.identity;
