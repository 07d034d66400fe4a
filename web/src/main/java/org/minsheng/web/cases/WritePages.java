package org.minsheng.web.cases;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.minsheng.cases.api.Receipt;
import org.minsheng.cases.application.FaqService;
import org.minsheng.guide.api.GuideView;
import org.minsheng.guide.application.GuideQueries;
import org.minsheng.intake.api.Submission;
import org.minsheng.intake.application.IntakeService;
import org.minsheng.shared.error.FieldError;
import org.minsheng.shared.error.ValidationFailed;
import org.minsheng.site.application.SiteService;
import org.minsheng.web.platform.pages.PageRenderer;
import org.minsheng.web.platform.pages.ViewerFactory;

/**
 * The five channel forms (leader mailbox, supervision mailbox, report mailbox, message board,
 * online consultation): one template with the channel's own texts and fields. A valid message
 * gets the receipt page with the tracking number and query code.
 */
@Path("/write")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class WritePages {

    @Inject
    PageRenderer pages;

    @Inject
    ViewerFactory viewers;

    @EJB
    SiteService site;

    @EJB
    IntakeService intake;

    @EJB
    FaqService faq;

    @EJB
    GuideQueries guides;

    @GET
    public Response leaderMailbox(@QueryParam("leader") String leader) {
        return blank(ChannelForm.LEADER, leader);
    }

    @GET
    @Path("{channel}")
    public Response form(@PathParam("channel") String slug, @QueryParam("q") String question,
                         @QueryParam("guide") Long guide) {
        ChannelForm channel = channel(slug);
        Submission blank = blankForm(channel, null);
        if (channel == ChannelForm.CONSULTATION && guide != null) {
            // From a service guide: the subject names the service and its department, which routing reads.
            Optional<GuideView> about = guides.published(guide);
            if (about.isPresent()) {
                String subject = pages.message(viewers.current(), "guide.consultFor")
                        .replace("{0}", about.get().title()).replace("{1}", about.get().departmentName());
                String title = subject.codePointCount(0, subject.length()) > 50
                        ? subject.substring(0, subject.offsetByCodePoints(0, 50)) : subject;
                blank = new Submission(blank.channel(), null, title, "", "", "", blank.publicRequested(),
                        blank.caseType());
            }
        }
        return page(200, channel, blank, false, List.of(), question);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response writeToLeader(MultivaluedMap<String, String> form) {
        return submit(ChannelForm.LEADER, form);
    }

    @POST
    @Path("{channel}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response write(@PathParam("channel") String slug, MultivaluedMap<String, String> form) {
        return submit(channel(slug), form);
    }

    private Response blank(ChannelForm channel, String leader) {
        return page(200, channel, blankForm(channel, leader), false, List.of(), null);
    }

    private static Submission blankForm(ChannelForm channel, String leader) {
        return new Submission(channel.code(), leader, "", "", "", "", channel.publicByDefault(),
                channel.typeChoice() ? "COMPLAINT" : null);
    }

    private Response submit(ChannelForm channel, MultivaluedMap<String, String> form) {
        // An anonymous report keeps no name or number, whatever the browser sent.
        boolean anonymous = channel.confidential() && "anonymous".equals(form.getFirst("identity"));
        Submission submission = new Submission(channel.code(),
                channel.leaderChoice() ? form.getFirst("leaderCode") : null,
                form.getFirst("title"), form.getFirst("body"),
                anonymous ? null : form.getFirst("name"), anonymous ? null : form.getFirst("mobile"),
                !channel.confidential() && "yes".equals(form.getFirst("public")),
                channel.typeChoice() ? form.getFirst("caseType") : null);
        try {
            Receipt receipt = intake.submit(submission);
            Map<String, Object> model = new HashMap<>();
            model.put("receipt", receipt);
            model.put("channel", channel);
            model.put("leader", channel.leaderChoice() ? site.leader(submission.leaderCode()).orElse(null) : null);
            return pages.page(201, "cases/receipt", viewers.current(), model);
        } catch (ValidationFailed e) {
            return page(422, channel, submission, anonymous, e.errors(), submission.title());
        }
    }

    /**
     * The form; a consultation shows first the FAQ entries most like the question ({@code ?q=} or
     * the title typed), so that a resident may find the answer without asking.
     */
    private Response page(int status, ChannelForm channel, Submission form, boolean anonymous,
                          List<FieldError> errors, String question) {
        Map<String, Object> model = new HashMap<>();
        boolean consultation = channel == ChannelForm.CONSULTATION;
        model.put("faq", consultation ? faq.similarTo(question, 5) : List.of());
        model.put("q", question == null ? "" : question);
        model.put("channel", channel);
        model.put("leaders", site.leaders());
        model.put("form", form);
        model.put("anonymous", anonymous);
        model.put("errors", errors);
        model.put("fieldErrors", errors.stream()
                .collect(Collectors.toMap(FieldError::field, Function.identity(), (a, b) -> a)));
        model.put("caseTypes", List.of("CONSULTATION", "COMPLAINT", "SUGGESTION", "HELP"));
        return pages.page(status, "cases/write", viewers.current(), model);
    }

    private static ChannelForm channel(String slug) {
        return ChannelForm.bySlug(slug).filter(c -> c != ChannelForm.LEADER).orElseThrow(NotFoundException::new);
    }
}
