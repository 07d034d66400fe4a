package org.minsheng.web.disclosure;

import jakarta.ws.rs.core.Response;

/** An answer letter as a PDF download. */
final class RequestLetters {

    private RequestLetters() {
    }

    static Response pdf(String number, byte[] pdf) {
        String name = "answer-" + number.replaceAll("[^A-Za-z0-9-]", "_") + ".pdf";
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .build();
    }
}
