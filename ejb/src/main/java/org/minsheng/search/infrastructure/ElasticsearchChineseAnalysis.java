package org.minsheng.search.infrastructure;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * Chinese analysis for the Elasticsearch/OpenSearch backend: the same smartcn segmenter as the
 * embedded backend, from the cluster's analysis-smartcn plugin (installed in docker/search).
 */
public class ElasticsearchChineseAnalysis implements ElasticsearchAnalysisConfigurer {

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.analyzer(SearchMapping.CHINESE).type("smartcn");
    }
}
