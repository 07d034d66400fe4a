/**
 * Live online interviews (在线访谈): announcement, the numbered live stream of posts, moderated
 * questions from residents, the transcript, and follow-up cases for questions not answered on air.
 * Posts are stored and numbered in one transaction, then fanned out through Kafka to every node.
 */
package org.minsheng.interview;
