/**
 * The working-day calendar (工作日历): weekends are off, the State Council's public holidays are
 * off and its make-up working days (调休上班) are on. Statutory time limits are counted on it;
 * administrators keep the yearly overrides up to date.
 */
package org.minsheng.calendar;
