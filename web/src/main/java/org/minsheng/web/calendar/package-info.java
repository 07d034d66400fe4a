/**
 * The working-day calendar on the web: the administrators' REST API and page for holidays and
 * make-up working days, and the public due-date query.
 */
package org.minsheng.web.calendar;
