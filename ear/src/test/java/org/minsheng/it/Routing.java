package org.minsheng.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/** Gets a submitted case to a handler, whichever way it was routed, as the demo staff would. */
final class Routing {

    private Routing() {
    }

    /** The demo handler account of a department: the platform's is {@code handler}, others their code. */
    static String handlerOf(String departmentCode) {
        return "sjzyj".equals(departmentCode) ? "handler" : departmentCode;
    }

    /**
     * Returns the signed-in handler of the case's department. A case the classifier was not sure
     * about is first dispatched by the platform's dispatcher to {@code fallbackDepartment}.
     */
    static Api handlerFor(String number, String code, String fallbackDepartment) {
        JsonObject c = lookup(number, code);
        String department = c.getString("departmentCode", null);
        if ("REGISTERED".equals(c.getString("status"))) {
            Api dispatcher = Api.signedIn("dispatcher");
            JsonObject item = dispatcher.get("/api/staff/dispatch-queue").array().stream().map(JsonObject.class::cast)
                    .filter(q -> q.getString("trackingNumber").equals(number)).findFirst().orElseThrow();
            JsonObject details = dispatcher.get("/api/staff/cases/" + item.getString("id")).json();
            Api.Reply reply = dispatcher.post("/api/staff/cases/" + item.getString("id") + "/dispatch",
                    Json.createObjectBuilder().add("departmentCode", fallbackDepartment)
                            .add("version", details.getJsonNumber("version").longValue()).build().toString());
            if (reply.status() != 200) {
                throw new IllegalStateException("dispatch failed: " + reply);
            }
            department = fallbackDepartment;
        }
        return Api.signedIn(handlerOf(department));
    }

    /** The platform reviewer approves the reply waiting for review; returns the answered case. */
    static JsonObject approve(String caseId) {
        Api reviewer = Api.signedIn("reviewer");
        long version = reviewer.get("/api/staff/cases/" + caseId).json().getJsonNumber("version").longValue();
        Api.Reply reply = reviewer.post("/api/staff/cases/" + caseId + "/approve",
                Json.createObjectBuilder().add("version", version).build().toString());
        if (reply.status() != 200) {
            throw new IllegalStateException("approval failed: " + reply);
        }
        return reply.json();
    }

    static JsonObject lookup(String number, String code) {
        Api.Reply reply = Api.anonymous().post("/api/cases/lookup", Json.createObjectBuilder()
                .add("trackingNumber", number).add("queryCode", code).build().toString());
        if (reply.status() != 200) {
            throw new IllegalStateException("lookup failed: " + reply);
        }
        return reply.json();
    }
}
