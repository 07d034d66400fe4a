/**
 * What every feature shares: business errors, domain-event plumbing (the transactional outbox
 * and Kafka topics), time. Nothing here knows a feature.
 */
package org.minsheng.shared;
