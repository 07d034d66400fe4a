/**
 * Natural-language processing of citizens' messages: segmentation (HanLP), classification and
 * routing, duplicate detection, moderation and extraction. HanLP types never leave
 * {@code nlp.infrastructure}; other features use {@code nlp.api} only.
 */
package org.minsheng.nlp;
