package org.minsheng.web.interview.live;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.websocket.Session;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.minsheng.identity.api.Roles;
import org.minsheng.interview.api.PostView;
import org.minsheng.interview.api.QuestionView;
import org.minsheng.interview.application.InterviewHosting;
import org.minsheng.interview.application.InterviewQueries;
import org.minsheng.interview.application.QuestionModeration;
import org.minsheng.shared.error.BusinessException;
import org.minsheng.shared.error.NotFound;
import org.minsheng.shared.error.ValidationFailed;

/**
 * The staff channel's actions as JSON frames: {@code post}, {@code approve}, {@code reject},
 * {@code merge}, {@code edit} and {@code answer}, the same use cases as the REST API. Each is
 * answered with a {@code done} frame (with the number of the post it published, if any) or an
 * {@code error} frame, echoing the client's {@code ref}. The role is checked here from the
 * handshake's sign-in and again by the service, which runs as that person.
 */
@ApplicationScoped
public class StaffActions {

    private static final Logger LOG = Logger.getLogger(StaffActions.class.getName());
    private static final Set<String> SPEAKERS = Set.of(Roles.HOST, Roles.GUEST, Roles.ADMIN);
    private static final Set<String> MODERATORS = Set.of(Roles.MODERATOR, Roles.HOST, Roles.ADMIN);
    private static final Set<String> GUESTS = Set.of(Roles.GUEST, Roles.ADMIN);
    private static final Map<String, Set<String>> ROLES = Map.of(
            "post", SPEAKERS, "approve", MODERATORS, "reject", MODERATORS, "merge", MODERATORS,
            "edit", MODERATORS, "answer", GUESTS);

    @EJB
    InterviewHosting hosting;

    @EJB
    QuestionModeration moderation;

    @EJB
    InterviewQueries interviews;

    @Inject
    LiveHub hub;

    @Resource
    ManagedExecutorService executor;

    /** Answers one frame of a staff session; actions run off the WebSocket thread. */
    void handle(Session session, String interviewId, StaffCaller caller, String text) {
        Channels.Incoming in = Channels.read(text);
        if (in.error() != null) {
            hub.reply(session, in.error());
            return;
        }
        if (in.isPing()) {
            hub.reply(session, Frames.pong());
            return;
        }
        String action = in.type();
        JsonValue ref = in.frame().get("ref");
        Set<String> allowed = ROLES.get(action);
        if (allowed == null) {
            hub.reply(session, Frames.error("unsupported", ref, "不支持的操作；可用：post、approve、reject、merge、edit、answer、ping",
                    "Unsupported action; use post, approve, reject, merge, edit, answer or ping"));
            return;
        }
        if (!caller.hasAnyRole(allowed)) {
            hub.reply(session, Frames.error("forbidden", ref, "您的角色不能执行此操作：" + action,
                    "Your role may not " + action));
            return;
        }
        executor.execute(() -> hub.reply(session, perform(action, ref, in.frame(), interviewId, caller)));
    }

    private String perform(String action, JsonValue ref, JsonObject frame, String interviewId, StaffCaller caller) {
        try {
            return caller.act(() -> switch (action) {
                case "post" -> Frames.done(action, ref,
                        hosting.post(interviewId, text(frame, "text"), text(frame, "imageUrl"),
                                text(frame, "imageAlt")), null);
                case "answer" -> {
                    ofThisInterview(frame, interviewId);
                    PostView answer = moderation.answer(text(frame, "questionId"), text(frame, "text"));
                    yield Frames.done(action, ref, answer, null);
                }
                default -> Frames.done(action, ref, null, moderate(action, frame, interviewId));
            });
        } catch (ValidationFailed e) {
            JsonArrayBuilder fields = Json.createArrayBuilder();
            e.errors().forEach(f -> fields.add(Json.createObjectBuilder().add("field", f.field())
                    .add("message", f.messageZh()).add("message_en", f.messageEn())));
            return Frames.errorBuilder(e.type(), ref, e.titleZh(), e.titleEn()).add("fields", fields).build().toString();
        } catch (BusinessException e) {
            return Frames.error(e.type(), ref, e.titleZh(), e.titleEn());
        } catch (EJBAccessException e) {
            return Frames.error("forbidden", ref, "没有权限执行此操作，请重新登录", "Not allowed; sign in again");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Staff action " + action + " failed", e);
            return Frames.error("failed", ref, "操作失败，请重试", "The action failed; try again");
        }
    }

    private QuestionView moderate(String action, JsonObject frame, String interviewId) {
        String questionId = ofThisInterview(frame, interviewId);
        return switch (action) {
            case "approve" -> moderation.approve(questionId);
            case "reject" -> moderation.reject(questionId, text(frame, "reason"));
            case "merge" -> {
                ofThisInterview(text(frame, "into"), interviewId);
                yield moderation.merge(questionId, text(frame, "into"));
            }
            case "edit" -> moderation.edit(questionId, text(frame, "text"), number(frame, "version"));
            default -> throw new IllegalArgumentException(action);
        };
    }

    /** The frame's question, which must belong to this channel's interview. */
    private String ofThisInterview(JsonObject frame, String interviewId) {
        return ofThisInterview(text(frame, "questionId"), interviewId);
    }

    private String ofThisInterview(String questionId, String interviewId) {
        if (questionId == null || !interviews.question(questionId).interviewId().equals(interviewId)) {
            throw new NotFound("本场访谈没有该问题", "No such question in this interview");
        }
        return questionId;
    }

    private static String text(JsonObject frame, String key) {
        JsonValue v = frame.get(key);
        return v != null && v.getValueType() == JsonValue.ValueType.STRING ? frame.getString(key) : null;
    }

    private static long number(JsonObject frame, String key) {
        JsonValue v = frame.get(key);
        return v instanceof JsonNumber n ? n.longValue() : -1;
    }
}
