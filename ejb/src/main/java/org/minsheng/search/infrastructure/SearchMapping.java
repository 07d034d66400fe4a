package org.minsheng.search.infrastructure;

import java.util.List;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;
import org.minsheng.search.domain.SearchEntry;

/**
 * Maps {@link SearchEntry} to the full-text index without putting Hibernate Search into the
 * domain: title and body analysed as Chinese text and highlightable; kind, site, department and
 * year as facets; the publication time for sorting. Named in persistence.xml.
 */
public class SearchMapping implements HibernateOrmSearchMappingConfigurer {

    /** The analyser of Chinese text, defined by {@link LuceneChineseAnalysis} or {@link ElasticsearchChineseAnalysis}. */
    public static final String CHINESE = "chinese";

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        TypeMappingStep entry = context.programmaticMapping().type(SearchEntry.class);
        entry.indexed().index("search_entry");
        entry.property("title").fullTextField().analyzer(CHINESE)
                .highlightable(List.of(Highlightable.ANY)).projectable(Projectable.YES);
        entry.property("body").fullTextField().analyzer(CHINESE)
                .highlightable(List.of(Highlightable.ANY)).projectable(Projectable.YES);
        entry.property("kind").keywordField().aggregable(Aggregable.YES);
        entry.property("site").keywordField().aggregable(Aggregable.YES);
        entry.property("departmentCode").keywordField().aggregable(Aggregable.YES);
        entry.property("year").genericField().aggregable(Aggregable.YES);
        entry.property("publishedAt").genericField().sortable(Sortable.YES);
    }
}
