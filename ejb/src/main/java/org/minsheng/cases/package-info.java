/**
 * The life of a case from receipt to closure: dispatch to a department, handling, answer,
 * publication and the resident's look-up. Transitions live on {@code CaseFile}; each use case is
 * one method of a small service named after who does it ({@code DispatchService},
 * {@code HandlingService}, {@code ReviewService}…) with its roles, audit record and domain event.
 * Who may see a case is decided in {@code CaseAccess}; a step's bookkeeping is {@code CaseSteps}.
 */
package org.minsheng.cases;
