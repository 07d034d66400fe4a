package org.minsheng.poll.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.minsheng.audit.api.AuditTrail;
import org.minsheng.identity.api.Roles;
import org.minsheng.poll.api.NewPoll;
import org.minsheng.poll.api.NewQuestion;
import org.minsheng.poll.api.PollSummary;
import org.minsheng.poll.api.PollView;
import org.minsheng.poll.domain.Poll;
import org.minsheng.poll.domain.PollQuestion;
import org.minsheng.poll.domain.PollRepository;
import org.minsheng.poll.domain.QuestionKind;
import org.minsheng.poll.domain.ResponseRule;
import org.minsheng.poll.domain.ResultsVisibility;
import org.minsheng.shared.error.Validation;
import org.minsheng.shared.security.Caller;
import org.minsheng.site.api.SiteDirectory;

/** Staff create polls of their department, follow them and close them early. */
@Stateless
public class PollAdministration {

    static final int DEFAULT_ADDRESS_LIMIT = 20;
    private static final int MAX_QUESTIONS = 50;
    private static final int MAX_OPTIONS = 30;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    PollRepository polls;

    @Inject
    PollViews views;

    @Inject
    AuditTrail audit;

    @Inject
    SiteDirectory site;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @RolesAllowed({Roles.EDITOR, Roles.APPROVER, Roles.DEPT_ADMIN, Roles.ADMIN})
    public PollView create(NewPoll spec) {
        String own = views.staffDepartment();
        String department = own != null ? own : spec.departmentCode();
        Validation v = new Validation()
                .require(own == null || spec.departmentCode() == null || spec.departmentCode().isBlank()
                                || own.equals(spec.departmentCode()), "departmentCode",
                        "只能为本部门发起调查", "Polls are created for your own department")
                .require(department != null && site.department(department).isPresent(), "departmentCode",
                        "请选择部门", "Choose a department")
                .text(spec.title(), "title", "调查标题", "Title", 200, true)
                .text(spec.description(), "description", "调查说明", "Description", 4000, true)
                .require(parse(ResponseRule.class, spec.rule()) != null, "rule", "请选择参与方式",
                        "Choose who may answer")
                .require(parse(ResultsVisibility.class, spec.resultsShown()) != null, "resultsShown",
                        "请选择结果公布方式", "Choose when results are shown")
                .require(spec.opensAt() != null, "opensAt", "请填写开始时间", "Opening time is required")
                .require(spec.closesAt() != null && (spec.opensAt() == null || spec.closesAt().isAfter(spec.opensAt())),
                        "closesAt", "结束时间须晚于开始时间", "The closing time must be after the opening time")
                .require(spec.addressLimit() == null || spec.addressLimit() >= 1 && spec.addressLimit() <= 100_000,
                        "addressLimit", "同一网络地址的份数上限须为1到100000", "The address limit must be 1 to 100000");
        List<NewQuestion> given = spec.questions() == null ? List.of() : spec.questions();
        v.require(!given.isEmpty() && given.size() <= MAX_QUESTIONS, "questions", "调查须有1到50道题",
                "A poll has 1 to 50 questions");
        List<PollQuestion> questions = new ArrayList<>();
        for (int i = 0; i < Math.min(given.size(), MAX_QUESTIONS); i++) {
            questions.add(question(given.get(i), i + 1, v));
        }
        v.throwIfInvalid();
        byte[] salt = new byte[24];
        RANDOM.nextBytes(salt);
        Poll poll = new Poll(UUID.randomUUID().toString(), department, spec.title().strip(),
                spec.description().strip(), parse(ResponseRule.class, spec.rule()),
                parse(ResultsVisibility.class, spec.resultsShown()), spec.opensAt(), spec.closesAt(),
                spec.addressLimit() == null ? DEFAULT_ADDRESS_LIMIT : spec.addressLimit(),
                HexFormat.of().formatHex(salt), questions, caller.name(), clock.instant());
        polls.add(poll);
        audit.record(caller.name(), "poll.create", "poll", poll.id(), poll.title());
        return views.view(poll, false, null);
    }

    /** Closes an open poll now; its results follow its visibility rule as at any closing. */
    @RolesAllowed({Roles.EDITOR, Roles.APPROVER, Roles.DEPT_ADMIN, Roles.ADMIN})
    public PollView close(String id) {
        Poll poll = views.forStaff(id);
        poll.closeAt(clock.instant());
        audit.record(caller.name(), "poll.close", "poll", poll.id(), poll.title());
        return views.view(poll, false, null);
    }

    @RolesAllowed({Roles.EDITOR, Roles.APPROVER, Roles.DEPT_ADMIN, Roles.ADMIN})
    public List<PollSummary> list() {
        return polls.all(views.staffDepartment(), 200).stream().map(views::summary).toList();
    }

    @RolesAllowed({Roles.EDITOR, Roles.APPROVER, Roles.DEPT_ADMIN, Roles.ADMIN})
    public PollView poll(String id) {
        return views.view(views.forStaff(id), false, null);
    }

    private static PollQuestion question(NewQuestion q, int number, Validation v) {
        String field = "questions[" + (number - 1) + "]";
        String zh = "第" + number + "题";
        String en = "Question " + number;
        QuestionKind kind = parse(QuestionKind.class, q == null ? null : q.kind());
        v.require(kind != null, field + ".kind", zh + "请选择题型", en + ": choose a kind");
        if (q == null || kind == null) {
            return null;
        }
        v.text(q.text(), field + ".text", zh + "题目", en + " text", 500, true);
        List<String> options = q.options() == null ? List.of()
                : q.options().stream().filter(o -> o != null && !o.isBlank()).map(String::strip).toList();
        boolean choices = kind == QuestionKind.SINGLE || kind == QuestionKind.MULTIPLE || kind == QuestionKind.RANKING;
        v.require(!choices || options.size() >= 2 && options.size() <= MAX_OPTIONS, field + ".options",
                zh + "须有2到30个选项", en + " needs 2 to 30 options");
        v.require(options.stream().allMatch(o -> o.codePointCount(0, o.length()) <= 200), field + ".options",
                zh + "的选项不能超过200个字", en + ": options must be at most 200 characters");
        int max = q.maxChoices() == null ? options.size() : q.maxChoices();
        v.require(kind != QuestionKind.MULTIPLE || max >= 1 && max <= options.size(), field + ".maxChoices",
                zh + "的最多可选项数须在1到选项数之间", en + ": the maximum of choices must be 1 to the number of options");
        return new PollQuestion(UUID.randomUUID().toString(), number, kind, q.text() == null ? "" : q.text().strip(),
                q.required(), max, options);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(name)).findFirst().orElse(null);
    }
}
