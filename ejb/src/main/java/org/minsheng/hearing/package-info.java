/**
 * Online hearings on drafts (网上听证 / 意见征集): a department's draft in sections with its
 * versions and change log, residents' comments (moderated, shown masked), and the feedback
 * (采纳情况) that must be published before the hearing closes, with a 催办 when it is late.
 */
package org.minsheng.hearing;
