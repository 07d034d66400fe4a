package org.minsheng.web.cases;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.minsheng.cases.api.Receipt;
import org.minsheng.intake.api.Submission;
import org.minsheng.intake.application.IntakeService;

/** Residents' submissions through any channel: {@code POST /api/submissions}. */
@Path("/api/submissions")
@RequestScoped
public class SubmissionResource {

    @EJB
    IntakeService intake;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response submit(Submission submission) {
        Receipt receipt = intake.submit(submission);
        return Response.created(URI.create("/api/cases/" + receipt.trackingNumber())).entity(receipt).build();
    }
}
