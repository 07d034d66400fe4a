package org.minsheng.web.digest;

import org.minsheng.identity.api.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.minsheng.digest.api.ReceivedCount;
import org.minsheng.digest.application.DigestService;

/** Live digest figures for leaders, answered from the Kafka Streams state stores. */
@Path("/api/digest")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DigestResource {

    @EJB
    DigestService digest;

    @GET
    @Path("received")
    @RolesAllowed({Roles.LEADER, Roles.DISPATCHER, Roles.ADMIN})
    public List<ReceivedCount> received() {
        return digest.receivedPerDayAndChannel();
    }
}
