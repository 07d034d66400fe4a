/**
 * Integrity of published pages (页面防篡改): the hash of what was approved for publication, a
 * scheduled comparison with what the site actually serves, and the alerts when they differ.
 * Other features register their published content through {@code integrity.api}.
 */
package org.minsheng.integrity;
