package org.minsheng.cases.application;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.eclipse.microprofile.config.spi.Converter;
import org.minsheng.audit.api.AuditEntry;
import org.minsheng.audit.api.AuditTrail;
import org.minsheng.calendar.api.WorkingDays;
import org.minsheng.cases.domain.CaseParticipant;
import org.minsheng.cases.domain.CaseStep;
import org.minsheng.cases.domain.CaseTimeline;
import org.minsheng.cases.domain.SubStatusLabel;
import org.minsheng.identity.api.ResidentDirectory;
import org.minsheng.identity.api.ResidentPrincipal;
import org.minsheng.nlp.api.DuplicateSuggestion;
import org.minsheng.nlp.api.ModerationReport;
import org.minsheng.nlp.api.TextInsights;
import org.minsheng.nlp.api.TextInsightsFacade;
import org.minsheng.nlp.api.TrainingData;
import org.minsheng.notification.api.NotificationView;
import org.minsheng.notification.api.Notifier;
import org.minsheng.shared.security.Caller;
import org.minsheng.site.api.DepartmentView;
import org.minsheng.site.api.LeaderView;
import org.minsheng.site.api.SiteDirectory;

/** Simple in-memory stand-ins for the ports the case services use. */
final class Fakes {

    private Fakes() {
    }

    /** Whoever the test says is calling. */
    static final class TestCaller implements Caller {
        String name = AuditTrail.ANONYMOUS;
        Set<String> roles = Set.of();

        @Override
        public String name() {
            return name;
        }

        @Override
        public boolean isInRole(String role) {
            return roles.contains(role);
        }
    }

    static final class Timeline implements CaseTimeline {
        final List<CaseStep> steps = new ArrayList<>();
        final List<CaseParticipant> participants = new ArrayList<>();
        final List<SubStatusLabel> labels = new ArrayList<>();

        @Override
        public void add(CaseStep step) {
            steps.add(step);
        }

        @Override
        public List<CaseStep> stepsOf(String caseId) {
            return steps.stream().filter(s -> s.caseId().equals(caseId)).toList();
        }

        @Override
        public void addParticipant(CaseParticipant participant) {
            participants.add(participant);
        }

        @Override
        public List<CaseParticipant> participantsOf(String caseId) {
            return participants.stream().filter(p -> p.caseId().equals(caseId)).toList();
        }

        @Override
        public List<String> casesWithParticipant(String departmentCode, int limit) {
            return participants.stream().filter(p -> p.departmentCode().equals(departmentCode))
                    .map(CaseParticipant::caseId).limit(limit).toList();
        }

        @Override
        public List<CaseParticipant> coHandlersAwaitingOpinion(int limit) {
            return participants.stream()
                    .filter(p -> p.role() == org.minsheng.cases.domain.ParticipantRole.CO_HANDLER
                            && p.opinionAt() == null && p.dueAt() != null)
                    .sorted(java.util.Comparator.comparing(CaseParticipant::dueAt)).limit(limit).toList();
        }

        @Override
        public List<SubStatusLabel> subStatuses() {
            return List.copyOf(labels);
        }

        @Override
        public void addSubStatus(SubStatusLabel label) {
            labels.add(label);
        }
    }

    static final class Hotline implements org.minsheng.cases.domain.HotlineRecords {
        final List<org.minsheng.cases.domain.HotlineCall> calls = new ArrayList<>();
        final List<org.minsheng.cases.domain.FollowUpVisit> visits = new ArrayList<>();

        @Override
        public void add(org.minsheng.cases.domain.HotlineCall call) {
            calls.add(call);
        }

        @Override
        public java.util.Optional<org.minsheng.cases.domain.HotlineCall> callOf(String caseId) {
            return calls.stream().filter(c -> c.caseId().equals(caseId)).findFirst();
        }

        @Override
        public List<org.minsheng.cases.domain.HotlineCall> takenBy(String username, int limit) {
            return calls.stream().filter(c -> c.takenBy().equals(username)).limit(limit).toList();
        }

        @Override
        public void add(org.minsheng.cases.domain.FollowUpVisit visit) {
            visits.add(visit);
        }

        @Override
        public List<org.minsheng.cases.domain.FollowUpVisit> visitsOf(String caseId) {
            return visits.stream().filter(v -> v.caseId().equals(caseId)).toList();
        }
    }

    record Audited(String actor, String action, String subjectId, String detail) {
    }

    static final class Audit implements AuditTrail {
        final List<Audited> records = new ArrayList<>();

        @Override
        public void record(String actor, String action, String subjectType, String subjectId, String detail) {
            records.add(new Audited(actor, action, subjectId, detail));
        }

        @Override
        public List<AuditEntry> of(String subjectType, String subjectId) {
            throw new UnsupportedOperationException();
        }

        List<String> actions() {
            return records.stream().map(Audited::action).toList();
        }
    }

    record Message(String to, String subject) {
    }

    static final class Inbox implements Notifier {
        final List<Message> sent = new ArrayList<>();

        @Override
        public void toStaff(String username, String subject, String body, String caseId) {
            sent.add(new Message(username, subject));
        }

        @Override
        public void toResident(String caseId, String subject, String body, String email) {
            sent.add(new Message("resident:" + caseId, subject));
        }

        @Override
        public List<NotificationView> mine(int limit) {
            return List.of();
        }

        @Override
        public List<NotificationView> ofCase(String caseId) {
            return List.of();
        }

        List<String> subjectsTo(String recipient) {
            return sent.stream().filter(m -> m.to().equals(recipient)).map(Message::subject).toList();
        }
    }

    static final class Events implements Event<org.minsheng.shared.events.DomainEvent> {
        final List<Object> fired = new ArrayList<>();

        @Override
        public void fire(org.minsheng.shared.events.DomainEvent event) {
            fired.add(event);
        }

        @Override
        public <U extends org.minsheng.shared.events.DomainEvent> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends org.minsheng.shared.events.DomainEvent> CompletionStage<U> fireAsync(U event,
                                                                                              NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Event<org.minsheng.shared.events.DomainEvent> select(Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends org.minsheng.shared.events.DomainEvent> Event<U> select(Class<U> subtype,
                                                                                  Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends org.minsheng.shared.events.DomainEvent> Event<U> select(TypeLiteral<U> subtype,
                                                                                  Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        <E> List<E> of(Class<E> type) {
            return fired.stream().filter(type::isInstance).map(type::cast).toList();
        }
    }

    static final class Residents implements ResidentDirectory {
        @Override
        public ResidentPrincipal register(String login, String displayName, String password) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<ResidentPrincipal> authenticate(String login, char[] password) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<ResidentPrincipal> find(String principalName) {
            return Optional.empty();
        }

        @Override
        public Optional<String> emailOf(String principalName) {
            return Optional.empty();
        }
    }

    static final class Site implements SiteDirectory {
        final Map<String, DepartmentView> departments = new HashMap<>();

        void add(String code, String name) {
            departments.put(code, new DepartmentView(code, name, code, false));
        }

        @Override
        public List<DepartmentView> departments() {
            return List.copyOf(departments.values());
        }

        @Override
        public Optional<DepartmentView> department(String code) {
            return Optional.ofNullable(code).map(departments::get);
        }

        @Override
        public Optional<DepartmentView> platformDepartment() {
            return Optional.empty();
        }

        @Override
        public Optional<DepartmentView> departmentByName(String name) {
            return departments.values().stream().filter(d -> d.name().equals(name)).findFirst();
        }

        final List<LeaderView> leaders = new ArrayList<>(List.of(
                new LeaderView("shizhang", "周市长", "市长", "Mayor", "全面工作"),
                new LeaderView("fushizhang", "陈副市长", "副市长", "Vice Mayor", "城市建设")));

        @Override
        public List<LeaderView> leaders() {
            return List.copyOf(leaders);
        }

        @Override
        public Optional<LeaderView> leader(String code) {
            return leaders.stream().filter(l -> l.code().equals(code)).findFirst();
        }
    }

    record Example(String label, String source, String caseId) {
    }

    static final class Training implements TrainingData {
        final List<Example> examples = new ArrayList<>();

        @Override
        public void record(String label, String text, String source, String caseId) {
            examples.add(new Example(label, source, caseId));
        }

        @Override
        public long count() {
            return examples.size();
        }
    }

    /** The duplicate index only; the analysis itself is not asked for by the staff steps. */
    static final class Insights implements TextInsightsFacade {
        final Set<String> indexed = new java.util.LinkedHashSet<>();

        @Override
        public TextInsights analyse(String title, String body) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String mask(String text) {
            return text;
        }

        @Override
        public ModerationReport moderate(String text) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<String> sensitiveWords() {
            return List.of();
        }

        @Override
        public void replaceSensitiveWords(List<String> words) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void indexOpenCase(String caseId, String title, String body) {
            indexed.add(caseId);
        }

        @Override
        public void removeCase(String caseId) {
            indexed.remove(caseId);
        }

        @Override
        public List<DuplicateSuggestion> suggestDuplicates(String title, String body) {
            return List.of();
        }

        @Override
        public List<DuplicateSuggestion> suggestDuplicates(String title, String body, String ownCaseId) {
            return List.of();
        }
    }

    /** Monday to Friday are working days; no holidays. */
    static final class Weekdays implements WorkingDays {
        @Override
        public boolean isWorkingDay(LocalDate day) {
            return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
        }

        @Override
        public LocalDate addWorkingDays(LocalDate start, int n) {
            LocalDate day = start;
            for (int left = n; left > 0; ) {
                day = day.plusDays(1);
                if (isWorkingDay(day)) {
                    left--;
                }
            }
            return day;
        }

        @Override
        public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
            int count = 0;
            for (LocalDate d = fromExclusive.plusDays(1); !d.isAfter(toInclusive); d = d.plusDays(1)) {
                if (isWorkingDay(d)) {
                    count++;
                }
            }
            return count;
        }

        @Override
        public LocalDate nextWorkingDayOnOrAfter(LocalDate day) {
            LocalDate d = day;
            while (!isWorkingDay(d)) {
                d = d.plusDays(1);
            }
            return d;
        }

        @Override
        public Instant dueAt(Instant received, int workingDays, ZoneId zone) {
            return addWorkingDays(received.atZone(zone).toLocalDate(), workingDays).plusDays(1).atStartOfDay(zone)
                    .toInstant();
        }
    }

    /** No configuration: every setting takes its default. */
    static final class NoConfig implements Config {
        @Override
        public <T> T getValue(String propertyName, Class<T> propertyType) {
            throw new java.util.NoSuchElementException(propertyName);
        }

        @Override
        public ConfigValue getConfigValue(String propertyName) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <T> Optional<T> getOptionalValue(String propertyName, Class<T> propertyType) {
            return Optional.empty();
        }

        @Override
        public Iterable<String> getPropertyNames() {
            return List.of();
        }

        @Override
        public Iterable<ConfigSource> getConfigSources() {
            return List.of();
        }

        @Override
        public <T> Optional<Converter<T>> getConverter(Class<T> forType) {
            return Optional.empty();
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            throw new UnsupportedOperationException();
        }
    }
}
