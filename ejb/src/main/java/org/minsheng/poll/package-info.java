/**
 * Polls and surveys (网上调查): departments' questionnaires, one response per person, results
 * counted from ballots that are stored apart from who answered, shown live, after answering or
 * after closing, with a staff export of the choices and moderated free-text answers.
 */
package org.minsheng.poll;
