/**
 * Server-rendered HTML pages (Thymeleaf): they work without JavaScript, as government portals
 * must, in Chinese first with an English version, and with a large-text elder mode.
 */
package org.minsheng.web.platform.pages;
