package org.minsheng.nlp.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a message into a {@link DuplicateFingerprint}. Shingles are the content words and the
 * pairs of adjacent content words: single words survive sentence reordering, pairs keep some word
 * order so that two messages made of the same common words do not look alike. Whitespace is
 * removed first, so a text that was already segmented with spaces gives the same shingles as the
 * raw text.
 */
public final class DuplicateFingerprinter {

    /** Long texts are cut: a duplicate shows itself in its first few thousand characters. */
    public static final int MAX_CHARS = 3000;

    private static final Set<String> STOP_WORDS = Set.of(
            "的", "了", "是", "在", "和", "与", "及", "也", "都", "就", "还", "又", "而", "并", "或", "等", "着", "过",
            "把", "被", "对", "从", "向", "给", "让", "将", "到", "这", "那", "个", "之", "其", "该", "此", "吗", "呢",
            "吧", "啊", "呀", "么", "我", "你", "您", "他", "她", "它", "我们", "你们", "他们", "请", "有", "没有", "不",
            "很", "非常", "一个", "这个", "那个", "这些", "那些", "什么", "怎么", "如何", "为什么", "因为", "所以",
            "但是", "可是", "如果", "但", "因此", "而且", "以及", "已经", "现在", "目前", "一直", "还是", "希望", "谢谢",
            "您好", "你好", "尊敬", "领导", "问题", "情况", "相关", "部门", "有关");

    private final Segmenter segmenter;
    private final PlaceExtractor places;
    private final MinHasher minHasher;

    public DuplicateFingerprinter(Segmenter segmenter, PlaceExtractor places, MinHasher minHasher) {
        this.segmenter = segmenter;
        this.places = places;
        this.minHasher = minHasher;
    }

    public DuplicateFingerprint fingerprint(String title, String body) {
        String text = normalise((title == null ? "" : title) + "。" + (body == null ? "" : body));
        List<String> words = new ArrayList<>();
        for (Token token : segmenter.segment(text)) {
            String word = token.word();
            if (!token.isPunctuation() && !STOP_WORDS.contains(word) && word.codePoints().anyMatch(Character::isLetterOrDigit)) {
                words.add(word);
            }
        }
        int[] hashes = new int[words.size() * 2];
        int n = 0;
        for (int i = 0; i < words.size(); i++) {
            hashes[n++] = hash(words.get(i));
            if (i + 1 < words.size()) {
                hashes[n++] = hash(words.get(i) + '\u0001' + words.get(i + 1));
            }
        }
        int[] shingles = Arrays.stream(hashes, 0, n).sorted().distinct().toArray();
        int[] single = words.stream().mapToInt(DuplicateFingerprinter::hash).sorted().distinct().toArray();
        Map<PlaceKind, Set<String>> named = new EnumMap<>(PlaceKind.class);
        for (Place place : places.extract(text)) {
            if (place.kind().isSpecific()) {
                named.computeIfAbsent(place.kind(), k -> new HashSet<>()).add(place.name());
            }
        }
        return new DuplicateFingerprint(shingles, single, minHasher.signature(shingles), named);
    }

    static String normalise(String text) {
        String cut = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        String folded = Normalizer.normalize(cut, Normalizer.Form.NFKC);
        StringBuilder sb = new StringBuilder(folded.length());
        folded.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
                .forEach(sb::appendCodePoint);
        return sb.toString();
    }

    /** 64-bit FNV-1a folded to 32 bits: stable across JVMs and releases, so signatures can be kept. */
    private static int hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return (int) (h ^ (h >>> 32));
    }
}
