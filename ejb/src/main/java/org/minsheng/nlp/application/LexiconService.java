package org.minsheng.nlp.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.minsheng.audit.api.AuditTrail;
import org.minsheng.identity.api.Roles;
import org.minsheng.nlp.api.LexiconView;
import org.minsheng.nlp.api.SensitiveWordCategoryView;
import org.minsheng.nlp.api.SensitiveWordView;
import org.minsheng.nlp.domain.LexiconEntry;
import org.minsheng.nlp.domain.LexiconRevision;
import org.minsheng.nlp.domain.ModerationText;
import org.minsheng.nlp.domain.SensitiveWord;
import org.minsheng.nlp.domain.SensitiveWordCategory;
import org.minsheng.nlp.domain.SensitiveWordRepository;
import org.minsheng.shared.error.Conflict;
import org.minsheng.shared.error.NotFound;
import org.minsheng.shared.error.Validation;
import org.minsheng.shared.security.Caller;

/**
 * The administrator's sensitive-word lexicon (敏感词库): list, add, change, remove. Each change is
 * audited and raises the lexicon's revision in the same transaction, which is how moderation on
 * every node learns that it must rebuild.
 */
@Stateless
@LocalBean
public class LexiconService {

    static final String SUBJECT = "sensitive-word";

    @Inject
    Clock clock;

    @Inject
    SensitiveWordRepository words;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    @RolesAllowed(Roles.ADMIN)
    public LexiconView lexicon() {
        LexiconRevision revision = words.revisionRow();
        return new LexiconView(revision.revision(), revision.changedAt(),
                words.all().stream().map(LexiconService::view).toList(), categories());
    }

    @RolesAllowed(Roles.ADMIN)
    public SensitiveWordView add(String word, String category) {
        // Changes serialise on the revision row, so two administrators cannot add one word twice.
        LexiconRevision revision = words.lockRevision();
        SensitiveWordCategory kind = validate(word, category, null);
        Instant now = clock.instant();
        SensitiveWord entry = new SensitiveWord(word, kind, now, caller.name());
        words.add(entry);
        revision.changed(now);
        audit.record(caller.name(), "nlp.lexicon.add", SUBJECT, String.valueOf(entry.id()),
                entry.word() + " (" + kind.name() + ")");
        return view(entry);
    }

    @RolesAllowed(Roles.ADMIN)
    public SensitiveWordView change(long id, String word, String category, long version) {
        LexiconRevision revision = words.lockRevision();
        SensitiveWord entry = current(id, version);
        SensitiveWordCategory kind = validate(word, category, id);
        String before = entry.word() + " (" + entry.category().name() + ")";
        Instant now = clock.instant();
        entry.change(word, kind, now, caller.name());
        revision.changed(now);
        words.save(entry);
        audit.record(caller.name(), "nlp.lexicon.change", SUBJECT, String.valueOf(id),
                before + " -> " + entry.word() + " (" + kind.name() + ")");
        return view(entry);
    }

    @RolesAllowed(Roles.ADMIN)
    public void remove(long id, long version) {
        LexiconRevision revision = words.lockRevision();
        SensitiveWord entry = current(id, version);
        words.remove(entry);
        revision.changed(clock.instant());
        audit.record(caller.name(), "nlp.lexicon.remove", SUBJECT, String.valueOf(id),
                entry.word() + " (" + entry.category().name() + ")");
    }

    /**
     * Fills the empty table from the shipped lexicon once: the first node to take the revision
     * row's lock seeds it and marks it seeded; every later start, on any node, finds the mark and
     * does nothing, so words an administrator removed stay removed.
     */
    @PermitAll
    public int seed(List<LexiconEntry> shipped) {
        LexiconRevision revision = words.lockRevision();
        if (revision.isSeeded()) {
            return 0;
        }
        Instant now = clock.instant();
        int added = 0;
        Set<String> seen = new HashSet<>();
        for (LexiconEntry e : shipped) {
            String folded = ModerationText.fold(e.word());
            if (folded.isEmpty() || e.word().strip().length() > SensitiveWord.MAX_LENGTH || !seen.add(folded)
                    || words.byFolded(folded).isPresent()) {
                continue;
            }
            words.add(new SensitiveWord(e.word(), e.category(), now, AuditTrail.SYSTEM));
            added++;
        }
        revision.seeded(now);
        audit.record(AuditTrail.SYSTEM, "nlp.lexicon.seed", SUBJECT, "lexicon", added + " word(s) from the shipped file");
        return added;
    }

    public static List<SensitiveWordCategoryView> categories() {
        return Arrays.stream(SensitiveWordCategory.values())
                .map(c -> new SensitiveWordCategoryView(c.name(), c.labelZh(), c.labelEn())).toList();
    }

    private SensitiveWord current(long id, long version) {
        SensitiveWord entry = words.find(id).orElseThrow(() -> new NotFound("词库中没有该词条", "No such entry in the lexicon"));
        if (entry.version() != version) {
            throw new Conflict("该词条已被他人修改，请刷新后重试", "The entry was changed by someone else; reload and retry");
        }
        return entry;
    }

    /** Every problem of the form at once; a word that folds like another entry is refused on the word field. */
    private SensitiveWordCategory validate(String word, String category, Long ownId) {
        SensitiveWordCategory kind = category == null ? null : Arrays.stream(SensitiveWordCategory.values())
                .filter(c -> c.name().equals(category.strip())).findFirst().orElse(null);
        String folded = word == null ? "" : ModerationText.fold(word);
        Validation v = new Validation()
                .text(word, "word", "敏感词", "Word", SensitiveWord.MAX_LENGTH, true)
                .require(word == null || word.isBlank() || !folded.isEmpty(), "word",
                        "敏感词须包含文字或数字", "The word needs letters or digits")
                .require(kind != null, "category", "请选择类别", "Choose a category");
        v.require(folded.length() <= 2 * SensitiveWord.MAX_LENGTH, "word", "敏感词过长", "The word is too long");
        if (!folded.isEmpty()) {
            words.byFolded(folded).filter(other -> !other.id().equals(ownId)).ifPresent(other -> v.require(false,
                    "word", "词库中已有该词（" + other.word() + "）", "The lexicon has this word already (" + other.word() + ")"));
        }
        v.throwIfInvalid();
        return kind;
    }

    private static SensitiveWordView view(SensitiveWord w) {
        return new SensitiveWordView(w.id(), w.word(), w.category().name(), w.category().labelZh(),
                w.category().labelEn(), w.updatedAt(), w.updatedBy(), w.version());
    }
}
