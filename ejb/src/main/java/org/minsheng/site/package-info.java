/**
 * The portal's organisation: departments (which receive cases and may run sub-sites) and the
 * leaders whose mailboxes residents write to. Reference data, edited by site administrators.
 */
package org.minsheng.site;
