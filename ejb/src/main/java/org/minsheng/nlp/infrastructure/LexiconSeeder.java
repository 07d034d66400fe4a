package org.minsheng.nlp.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.logging.Logger;
import org.minsheng.nlp.application.LexiconService;

/** At start, fills the lexicon table from the shipped file if no node has done so yet. */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
public class LexiconSeeder {

    private static final Logger LOG = Logger.getLogger(LexiconSeeder.class.getName());

    @EJB
    LexiconService lexicon;

    @PostConstruct
    void seed() {
        int added = lexicon.seed(SensitiveWordLexicon.defaultEntries());
        if (added > 0) {
            LOG.info(() -> "sensitive-word lexicon seeded with " + added + " word(s) from "
                    + SensitiveWordLexicon.DEFAULT_RESOURCE);
        }
    }
}
