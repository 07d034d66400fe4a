package org.minsheng.nlp.domain;

import java.util.List;

/**
 * Where moderation reads the lexicon in use: a revision number that changes with every edit, and
 * the words. Reading the number is cheap, so moderation asks it before each check.
 */
public interface LexiconSource {

    long revision();

    List<String> words();
}
