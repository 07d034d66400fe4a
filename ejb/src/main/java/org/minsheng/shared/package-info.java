/**
 * What every feature shares: business errors, domain-event plumbing (the transactional outbox
 * and Kafka topics), time, labels, the caller of a use case, stored files. Nothing here knows a
 * feature.
 */
package org.minsheng.shared;
