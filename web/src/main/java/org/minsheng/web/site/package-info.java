/**
 * The site on the web: departments, leaders and progress labels, read publicly and edited by the
 * administrator.
 */
package org.minsheng.web.site;
