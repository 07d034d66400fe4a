/**
 * Open311 GeoReport v2 at {@code /open311/v2/} (JSON and XML by the path's suffix) and the
 * administrator's REST for API keys.
 */
package org.minsheng.web.open311;
