/**
 * The audit trail: who changed what, when. Every state change of every feature writes one record
 * in the same transaction as the change itself.
 */
package org.minsheng.audit;
