/**
 * What every web feature builds on and none owns: the JAX-RS application, problem+json error
 * mapping, request-body guards, multipart uploads, health and static files.
 */
package org.minsheng.web.platform;
