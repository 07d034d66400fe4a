/**
 * Online hearings on the web: the public list and draft pages with the comment form per section
 * (no script needed), the public REST API, and the staff's REST for publishing, revising,
 * moderating, feedback and closing.
 */
package org.minsheng.web.hearing;
