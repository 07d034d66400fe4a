/**
 * The leaders' digest on the web: the REST API over the live Kafka Streams figures.
 */
package org.minsheng.web.digest;
