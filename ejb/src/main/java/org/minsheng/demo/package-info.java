/**
 * Demo data for the demo city (常德市): departments, leaders, staff accounts and a few dozen cases
 * in various states, loaded once into an empty database when {@code minsheng.demo-data} is true.
 */
package org.minsheng.demo;
