package org.minsheng.interview.domain;

/** What a numbered post in the live stream is. */
public enum PostKind {
    /** The host speaking (主持人). */
    HOST,
    /** A guest speaking (嘉宾). */
    GUEST,
    /** A resident's question, shown once approved. */
    QUESTION,
    /** A guest's answer to a shown question. */
    ANSWER,
    /** The interview started or ended. */
    NOTICE
}
