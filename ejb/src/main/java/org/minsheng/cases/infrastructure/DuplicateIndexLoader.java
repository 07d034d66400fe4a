package org.minsheng.cases.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.minsheng.cases.application.CaseAnalyser;
import org.minsheng.cases.domain.CaseFile;
import org.minsheng.cases.domain.CaseRepository;

/**
 * The duplicate index lives in memory on each node; at start it is filled with every open case
 * so that suggestions cover cases received before the restart.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
public class DuplicateIndexLoader {

    private static final Logger LOG = Logger.getLogger(DuplicateIndexLoader.class.getName());

    @Inject
    CaseRepository cases;

    @Inject
    CaseAnalyser analyser;

    @PostConstruct
    void load() {
        int count = 0;
        for (CaseFile open : cases.allOpen()) {
            analyser.index(open.id(), open.letter().title(), open.letter().body());
            count++;
        }
        int indexed = count;
        LOG.info(() -> "Duplicate index holds " + indexed + " open case(s)");
    }
}
