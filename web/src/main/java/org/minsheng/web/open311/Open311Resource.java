package org.minsheng.web.open311;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.minsheng.cases.api.PublicRequest;
import org.minsheng.cases.api.PublicRequests;
import org.minsheng.intake.api.Submission;
import org.minsheng.intake.application.IntakeService;
import org.minsheng.open311.api.ServiceView;
import org.minsheng.open311.application.Open311Gate;
import org.minsheng.open311.application.ServiceCatalogue;
import org.minsheng.shared.error.BusinessException;
import org.minsheng.shared.error.Forbidden;
import org.minsheng.shared.error.TooManyRequests;
import org.minsheng.shared.error.ValidationFailed;
import org.minsheng.site.api.DepartmentView;
import org.minsheng.site.application.SiteService;
import org.minsheng.web.open311.Open311Format.Items;

/**
 * Open311 GeoReport v2: discovery, services (the case categories), service definitions, service
 * requests (read: the cases residents made public, never reports; write: with an API key) and
 * tokens, as JSON or XML by the path's suffix. Errors are the spec's list of {code, description}.
 */
@Path("/open311/v2")
@RequestScoped
public class Open311Resource {

    static final String SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";
    /** Most requests one GET returns; without dates, the last 90 days are searched (as the spec suggests). */
    static final int MAX_REQUESTS = 200;
    static final Duration DEFAULT_SPAN = Duration.ofDays(90);
    static final List<String> CASE_TYPES = List.of("CONSULTATION", "HELP", "COMPLAINT", "SUGGESTION");
    static final Map<String, String> CASE_TYPE_NAMES = Map.of("CONSULTATION", "咨询 Consultation", "HELP",
            "求助 Help", "COMPLAINT", "投诉 Complaint", "SUGGESTION", "建议 Suggestion");

    @EJB
    ServiceCatalogue catalogue;

    @EJB
    Open311Gate gate;

    @EJB
    IntakeService intake;

    @EJB
    SiteService site;

    @Inject
    PublicRequests requests;

    @Inject
    Clock clock;

    @GET
    @Path("discovery.{format: json|xml}")
    public Response discovery(@PathParam("format") String format) {
        Map<String, Object> endpoint = new LinkedHashMap<>();
        endpoint.put("specification", SPECIFICATION);
        endpoint.put("url", "/open311/v2");
        endpoint.put("changeset", "2026-12-01T00:00:00+08:00");
        endpoint.put("type", "production");
        endpoint.put("formats", new Items("format", List.of("text/xml", "application/json")));
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("changeset", "2026-12-01T00:00:00+08:00");
        d.put("contact", "12345 政务服务便民热线 / the city's 12345 hotline");
        d.put("key_service", "API 密钥由系统管理员签发 / API keys are issued by the site's administrator");
        d.put("endpoints", new Items("endpoint", List.of(endpoint)));
        return Open311Format.object(format, "discovery", d);
    }

    @GET
    @Path("services.{format: json|xml}")
    public Response services(@PathParam("format") String format) {
        List<Map<String, Object>> out = catalogue.services().stream().map(Open311Records::service).toList();
        return Open311Format.list(200, format, "services", "service", out);
    }

    @GET
    @Path("services/{code: [^/.]+}.{format: json|xml}")
    public Response definition(@PathParam("code") String code, @PathParam("format") String format) {
        Optional<ServiceView> s = catalogue.service(code);
        if (s.isEmpty()) {
            return Open311Format.error(404, format, "没有该服务 / No such service_code: " + code);
        }
        List<Map<String, Object>> values = CASE_TYPES.stream()
                .map(t -> Map.<String, Object>of("key", t, "name", CASE_TYPE_NAMES.get(t)))
                .map(m -> Open311Records.ordered(m, "key", "name")).toList();
        Map<String, Object> attribute = new LinkedHashMap<>();
        attribute.put("variable", true);
        attribute.put("code", "case_type");
        attribute.put("datatype", "singlevaluelist");
        attribute.put("required", false);
        attribute.put("datatype_description", "咨询、求助、投诉或建议 / consultation, help, complaint or suggestion");
        attribute.put("order", 1);
        attribute.put("description", "诉求类型 / Kind of request");
        attribute.put("values", new Items("value", values));
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("service_code", s.get().code());
        d.put("attributes", new Items("attribute", List.of(attribute)));
        return Open311Format.object(format, "service_definition", d);
    }

    @GET
    @Path("requests.{format: json|xml}")
    public Response requests(@PathParam("format") String format, @QueryParam("service_request_id") String ids,
                             @QueryParam("service_code") String serviceCode, @QueryParam("start_date") String startDate,
                             @QueryParam("end_date") String endDate, @QueryParam("status") String status) {
        List<PublicRequest> found = new ArrayList<>();
        if (ids != null && !ids.isBlank()) {
            for (String id : ids.split(",")) {
                requests.byTrackingNumber(id.strip()).ifPresent(found::add);
            }
        } else {
            Instant start;
            Instant end;
            try {
                end = endDate == null || endDate.isBlank() ? null : OffsetDateTime.parse(endDate.strip()).toInstant();
                start = startDate == null || startDate.isBlank() ? null : OffsetDateTime.parse(startDate.strip()).toInstant();
            } catch (DateTimeParseException e) {
                return Open311Format.error(400, format, "日期应为 ISO 8601 格式 / Dates are ISO 8601 with a zone");
            }
            if (start == null && end == null) {
                start = clock.instant().minus(DEFAULT_SPAN);
            }
            String category = null;
            if (serviceCode != null && !serviceCode.isBlank()) {
                Optional<ServiceView> s = catalogue.service(serviceCode.strip());
                if (s.isEmpty()) {
                    return Open311Format.error(404, format, "没有该服务 / No such service_code: " + serviceCode);
                }
                category = s.get().category();
            }
            String wanted = status == null || status.isBlank() || status.contains(",") ? null : status.strip();
            found.addAll(requests.recent(category, wanted, start, end, MAX_REQUESTS));
        }
        Map<String, String> agencies = agencies();
        return Open311Format.list(200, format, "service_requests", "request",
                found.stream().map(r -> Open311Records.request(r, agencies, catalogue)).toList());
    }

    @GET
    @Path("requests/{id: [^/]+}.{format: json|xml}")
    public Response request(@PathParam("id") String id, @PathParam("format") String format) {
        Optional<PublicRequest> r = requests.byTrackingNumber(id);
        if (r.isEmpty()) {
            return Open311Format.error(404, format, "没有该诉求或未公开 / No such public service request: " + id);
        }
        return Open311Format.list(200, format, "service_requests", "request",
                List.of(Open311Records.request(r.get(), agencies(), catalogue)));
    }

    @GET
    @Path("tokens/{token: [^/]+}.{format: json|xml}")
    public Response token(@PathParam("token") String token, @PathParam("format") String format) {
        // The token is the request's number: a request exists as soon as it is accepted.
        Optional<PublicRequest> r = requests.byTrackingNumber(token);
        if (r.isEmpty()) {
            return Open311Format.error(404, format, "没有该令牌 / No such token: " + token);
        }
        return Open311Format.list(200, format, "service_requests", "request",
                List.of(Open311Records.ordered(Map.of("service_request_id", token, "token", token),
                        "service_request_id", "token")));
    }

    /**
     * A new service request, posted form-encoded with an {@code api_key}: it becomes a message-board
     * case (公开) whose title names the service; address and coordinates go into the message.
     */
    @POST
    @Path("requests.{format: json|xml}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@PathParam("format") String format, MultivaluedMap<String, String> form) {
        try {
            gate.admit(form.getFirst("api_key"));
        } catch (Forbidden e) {
            return Open311Format.error(403, format, e.titleZh() + " / " + e.titleEn());
        } catch (TooManyRequests e) {
            return Open311Format.error(429, format, e.titleZh() + " / " + e.titleEn());
        }
        Optional<ServiceView> service = catalogue.service(Open311Records.trim(form.getFirst("service_code")));
        if (service.isEmpty()) {
            return Open311Format.error(400, format, "service_code 无效 / service_code is missing or unknown");
        }
        String description = Open311Records.trim(form.getFirst("description"));
        String caseType = Open311Records.trim(form.getFirst("attribute[case_type]"));
        if (!caseType.isEmpty() && !CASE_TYPES.contains(caseType)) {
            return Open311Format.error(400, format, "attribute[case_type] 无效 / attribute[case_type] must be one of "
                    + String.join(", ", CASE_TYPES));
        }
        try {
            var receipt = intake.submit(new Submission("MESSAGE_BOARD", null, Open311Records.title(service.get(), description),
                    Open311Records.body(description, form), Open311Records.name(form),
                    Open311Records.trim(form.getFirst("phone")), true,
                    caseType.isEmpty() ? null : caseType));
            Map<String, Object> created = new LinkedHashMap<>();
            created.put("service_request_id", receipt.trackingNumber());
            created.put("token", receipt.trackingNumber());
            created.put("service_notice", "请凭编号 " + receipt.trackingNumber() + " 和查询码 " + receipt.queryCode()
                    + " 查询办理进度 / Track it with its number and query code " + receipt.queryCode());
            created.put("account_id", null);
            return Open311Format.list(201, format, "service_requests", "request", List.of(created));
        } catch (ValidationFailed e) {
            return Open311Format.error(400, format, e.errors().stream()
                    .map(f -> f.field() + ": " + f.messageZh() + " / " + f.messageEn()).reduce((a, b) -> a + "; " + b)
                    .orElse(e.titleEn()));
        } catch (BusinessException e) {
            return Open311Format.error(400, format, e.titleZh() + " / " + e.titleEn());
        }
    }

    private Map<String, String> agencies() {
        Map<String, String> names = new LinkedHashMap<>();
        for (DepartmentView d : site.departments()) {
            names.put(d.code(), d.name());
        }
        return names;
    }
}
