/**
 * The store behind the {@code Idempotency-Key} header: which request first used a key on an
 * endpoint, whether it is still running, and the answer retries get. The database arbitrates, so
 * it holds across the nodes of a cluster.
 */
package org.minsheng.shared.idempotency;
