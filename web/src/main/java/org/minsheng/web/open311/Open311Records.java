package org.minsheng.web.open311;

import jakarta.ws.rs.core.MultivaluedMap;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.minsheng.cases.api.PublicRequest;
import org.minsheng.open311.api.ServiceView;
import org.minsheng.open311.application.ServiceCatalogue;
import org.minsheng.shared.time.CityTime;

/**
 * The GeoReport v2 records {@link Open311Resource} answers with (services and service requests, in
 * the spec's field order) and the mapping of a posted request onto a case's title and message:
 * kept apart from the endpoints so that the resource only reads parameters and picks the answer.
 */
final class Open311Records {

    /** ISO 8601 with seconds and the zone's offset, as the spec's examples: 2026-12-01T09:30:00+08:00. */
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private Open311Records() {
    }

    static Map<String, Object> request(PublicRequest r, Map<String, String> agencies, ServiceCatalogue catalogue) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("service_request_id", r.trackingNumber());
        m.put("status", r.status());
        m.put("status_notes", r.statusNotes());
        Optional<ServiceView> s = r.category() == null ? Optional.empty()
                : catalogue.codeOf(r.category()).flatMap(catalogue::service);
        m.put("service_name", s.map(ServiceView::name).orElse(null));
        m.put("service_code", s.map(ServiceView::code).orElse(null));
        m.put("description", r.title() + "\n" + r.body());
        m.put("agency_responsible", r.departmentCode() == null ? null
                : agencies.getOrDefault(r.departmentCode(), r.departmentCode()));
        m.put("service_notice", null);
        m.put("requested_datetime", iso(r.requestedAt()));
        m.put("updated_datetime", iso(r.updatedAt()));
        m.put("expected_datetime", iso(r.expectedAt()));
        m.put("address", null);
        m.put("address_id", null);
        m.put("zipcode", null);
        m.put("lat", null);
        m.put("long", null);
        m.put("media_url", null);
        return m;
    }

    static Map<String, Object> service(ServiceView s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("service_code", s.code());
        m.put("service_name", s.name());
        m.put("description", s.name() + " / " + s.nameEn());
        m.put("metadata", true);
        m.put("type", "realtime");
        m.put("keywords", s.category());
        m.put("group", s.nameEn());
        return m;
    }

    static String title(ServiceView service, String description) {
        String firstLine = description.lines().findFirst().orElse("").strip();
        String title = service.name() + "：" + firstLine;
        return title.codePointCount(0, title.length()) <= 50 ? title
                : title.substring(0, title.offsetByCodePoints(0, 49)) + "…";
    }

    static String body(String description, MultivaluedMap<String, String> form) {
        StringBuilder b = new StringBuilder(description);
        String address = trim(form.getFirst("address_string"));
        if (!address.isEmpty()) {
            b.append("\n地点：").append(address);
        }
        String lat = trim(form.getFirst("lat"));
        String lon = trim(form.getFirst("long"));
        if (!lat.isEmpty() && !lon.isEmpty()) {
            b.append("\n坐标：").append(lat).append(",").append(lon);
        }
        return b.toString();
    }

    static String name(MultivaluedMap<String, String> form) {
        String name = (trim(form.getFirst("last_name")) + trim(form.getFirst("first_name"))).strip();
        return name.isEmpty() ? null : name;
    }

    static String trim(String value) {
        return value == null ? "" : value.strip();
    }

    static String iso(Instant t) {
        return t == null ? null : DATE_TIME.format(t.atZone(CityTime.ZONE));
    }

    static Map<String, Object> ordered(Map<String, ?> m, String... keys) {
        Map<String, Object> out = new LinkedHashMap<>();
        Arrays.stream(keys).forEach(k -> out.put(k, m.get(k)));
        return out;
    }
}
