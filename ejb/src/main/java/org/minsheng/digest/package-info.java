/**
 * Live public-opinion digests for leaders: a Kafka Streams topology folds the case events into
 * counts, trends and scorecards, and interactive queries answer from its state stores.
 */
package org.minsheng.digest;
