/**
 * Open311 GeoReport v2 for other systems: the API keys the administrator issues (stored hashed,
 * revocable, rate-limited), and the service catalogue mapping Open311 service codes to the case
 * categories. Requests are read and created through {@code cases.api} and intake.
 */
package org.minsheng.open311;
