/**
 * News (新闻) of the main portal and the departments' sub-sites on one platform: sites and their
 * column trees (shared columns name their source), articles under the editorial chain (先审后发)
 * with every version kept, scheduled publishing and expiry, special topics, feeds and staleness.
 */
package org.minsheng.news;
