/**
 * The life of a case from receipt to closure: dispatch to a department, handling, answer,
 * publication and the resident's look-up. Transitions live on {@code CaseFile}; each use case is
 * one method of {@code CaseService} with its roles, audit record and domain event.
 */
package org.minsheng.cases;
