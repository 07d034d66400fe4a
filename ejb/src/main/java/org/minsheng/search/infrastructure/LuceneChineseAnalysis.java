package org.minsheng.search.infrastructure;

import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * Chinese analysis for the embedded Lucene backend: Lucene's smartcn (a hidden Markov model word
 * segmenter with its own dictionary; Latin words lower-cased and stemmed). Chosen over HanLP's
 * segmenter by precision at 10 on the judged query set ({@code ChineseAnalysisRelevanceTest}).
 */
public class LuceneChineseAnalysis implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(SearchMapping.CHINESE).instance(new SmartChineseAnalyzer());
    }
}
