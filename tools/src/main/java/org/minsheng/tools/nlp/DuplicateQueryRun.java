package org.minsheng.tools.nlp;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.minsheng.nlp.application.DuplicateDetector;
import org.minsheng.nlp.domain.DuplicateSettings;
import org.minsheng.nlp.domain.Place;
import org.minsheng.nlp.domain.PlaceExtractor;
import org.minsheng.nlp.domain.PlaceGazetteer;
import org.minsheng.nlp.domain.PlaceKind;
import org.minsheng.nlp.domain.Segmenter;
import org.minsheng.nlp.infrastructure.HanLpSegmenter;
import org.minsheng.tools.nlp.DuplicateEvaluation.Message;
import org.minsheng.tools.nlp.DuplicateEvaluation.Options;
import org.minsheng.tools.nlp.DuplicateEvaluation.Query;
import org.minsheng.tools.nlp.DuplicateEvaluation.Report;
import org.minsheng.tools.nlp.DuplicateEvaluation.Result;

/**
 * The duplicate evaluation's run: builds the two indexes (raw messages, pre-segmented training
 * texts), makes the queries of every kind and collects what the detector suggests for each. One
 * {@link Random} from the seed drives every choice, in a fixed order, so a seed gives the same report.
 */
final class DuplicateQueryRun {

    private DuplicateQueryRun() {
    }

    static Report run(Path dataDir, Options options) throws IOException {
        Segmenter segmenter = HanLpSegmenter.instance();
        PlaceExtractor places = new PlaceExtractor(segmenter, PlaceGazetteer.changde());
        // Collect everything down to the sweep floor; the report applies the real threshold.
        DuplicateSettings collect = new DuplicateSettings(
                Math.min(DuplicateEvaluation.SWEEP_FLOOR, options.settings().threshold()), 50,
                Integer.MAX_VALUE, options.settings().bands(), options.settings().rows(),
                options.settings().minReliable(), options.settings().placePenalty());
        Random random = new Random(options.seed());
        List<Result> results = new ArrayList<>();
        rawMessageResults(dataDir, options, segmenter, places, collect, random, results);
        trainingFileResults(dataDir, options, segmenter, places, collect, random, results);
        return new Report(List.copyOf(results), options.settings().threshold());
    }

    /** Re-posts, moved and unrelated messages against 70 % of the distinct raw messages. */
    private static void rawMessageResults(Path dataDir, Options options, Segmenter segmenter, PlaceExtractor places,
                                          DuplicateSettings collect, Random random, List<Result> results)
            throws IOException {
        List<Message> raw = TipDmFiles.distinct(TipDmFiles.readRaw(dataDir));
        Collections.shuffle(raw, random);
        int split = raw.size() * 7 / 10;
        List<Message> open = raw.subList(0, split);
        List<Message> fresh = raw.subList(split, raw.size());
        DuplicateDetector rawIndex = new DuplicateDetector(segmenter, places, collect);
        open.forEach(m -> rawIndex.add(m.id(), m.title(), m.body()));

        Map<PlaceKind, List<String>> placePool = placePool(raw, places);
        List<Query> queries = new ArrayList<>();
        for (Message m : sample(open, options.perKind(), random)) {
            queries.add(new Query("paraphrase", DuplicateVariants.paraphrase(m, random), m.id(), m));
        }
        for (Message m : sample(open, options.perKind(), random)) {
            queries.add(new Query("truncated", DuplicateVariants.truncate(m, random), m.id(), m));
        }
        int elsewhere = 0;
        for (Message m : sample(open, open.size(), random)) {
            Message moved = DuplicateVariants.swapPlaces(m, places, placePool, random);
            if (moved != null) {
                queries.add(new Query("other-place", moved, null, null));
                if (++elsewhere == options.perKind()) {
                    break;
                }
            }
        }
        for (Message m : sample(fresh, options.negatives(), random)) {
            queries.add(new Query("unrelated", m, null, m));
        }
        Map<String, Message> openById = new HashMap<>();
        open.forEach(m -> openById.put(m.id(), m));
        for (Query q : queries) {
            results.add(DataRepeats.result(q, rawIndex.find(q.message().title(), q.message().body()), openById));
        }
    }

    /** Exact repeats in the pre-segmented training file, and held-out single texts. */
    private static void trainingFileResults(Path dataDir, Options options, Segmenter segmenter, PlaceExtractor places,
                                            DuplicateSettings collect, Random random, List<Result> results)
            throws IOException {
        Map<String, List<Integer>> rowsByText = new LinkedHashMap<>();
        List<String> texts = TipDmFiles.readColumn(dataDir.resolve("classify-train.tsv"), 1);
        for (int row = 0; row < texts.size(); row++) {
            rowsByText.computeIfAbsent(texts.get(row).strip(), k -> new ArrayList<>()).add(row);
        }
        List<String> distinctTexts = new ArrayList<>(rowsByText.keySet());
        List<String> singles = new ArrayList<>();
        for (String text : distinctTexts) {
            if (rowsByText.get(text).size() == 1) {
                singles.add(text);
            }
        }
        Set<String> heldOut = new HashSet<>(sample(singles, Math.min(options.negatives() / 2, singles.size() / 5), random));
        DuplicateDetector trainIndex = new DuplicateDetector(segmenter, places, collect);
        Map<String, Message> trainById = new HashMap<>();
        for (String text : distinctTexts) {
            if (!heldOut.contains(text)) {
                Message m = new Message("train:" + rowsByText.get(text).get(0), "", "", text);
                trainById.put(m.id(), m);
                trainIndex.add(m.id(), "", text);
            }
        }
        for (Map.Entry<String, List<Integer>> e : rowsByText.entrySet()) {
            List<Integer> rows = e.getValue();
            for (int i = 1; i < rows.size(); i++) {
                Message repeat = new Message("train:" + rows.get(i), "", "", e.getKey());
                Query q = new Query("exact-repeat", repeat, "train:" + rows.get(0), repeat);
                results.add(DataRepeats.result(q, trainIndex.find("", e.getKey()), trainById));
            }
        }
        for (String text : heldOut) {
            Message m = new Message("train:held-out", "", "", text);
            results.add(DataRepeats.result(new Query("unrelated-segmented", m, null, m), trainIndex.find("", text),
                    trainById));
        }
    }

    /** Specific place names by kind, from the titles of {@code messages}. */
    private static Map<PlaceKind, List<String>> placePool(List<Message> messages, PlaceExtractor extractor) {
        Map<PlaceKind, Set<String>> pool = new EnumMap<>(PlaceKind.class);
        for (Message m : messages) {
            for (Place place : extractor.extract(m.title())) {
                if (place.kind().isSpecific()) {
                    pool.computeIfAbsent(place.kind(), k -> new TreeSet<>()).add(place.name());
                }
            }
        }
        Map<PlaceKind, List<String>> out = new EnumMap<>(PlaceKind.class);
        pool.forEach((kind, names) -> out.put(kind, new ArrayList<>(names)));
        return out;
    }

    private static <T> List<T> sample(List<T> items, int n, Random random) {
        List<T> copy = new ArrayList<>(items);
        Collections.shuffle(copy, random);
        return copy.subList(0, Math.min(n, copy.size()));
    }
}
