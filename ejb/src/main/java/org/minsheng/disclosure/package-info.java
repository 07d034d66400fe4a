/**
 * Government information disclosure (政府信息公开): the catalogue of documents each body publishes
 * proactively, their drafting, review and publication with the 20-working-day rule, their validity,
 * and the public catalogue.
 */
package org.minsheng.disclosure;
