package org.minsheng.nlp.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.minsheng.nlp.domain.DuplicateCandidate;
import org.minsheng.nlp.domain.DuplicateFingerprint;
import org.minsheng.nlp.domain.DuplicateFingerprinter;
import org.minsheng.nlp.domain.DuplicateScorer;
import org.minsheng.nlp.domain.DuplicateSettings;
import org.minsheng.nlp.domain.MinHasher;
import org.minsheng.nlp.domain.PlaceExtractor;
import org.minsheng.nlp.domain.Segmenter;

/**
 * An in-memory index of open cases for 并单 suggestions. Lookup is MinHash LSH: a case is a
 * candidate when its signature agrees with the new message's on all rows of at least one band;
 * candidates are then scored exactly ({@link DuplicateScorer}) and those at or above the threshold
 * are returned, best first. At most {@code maxCases} cases are kept (the longest-kept goes
 * first), so memory stays bounded even if closed cases are never removed. Thread-safe:
 * fingerprints are computed outside the lock, lookups share a read lock.
 */
public class DuplicateDetector {

    private final DuplicateFingerprinter fingerprinter;
    private final DuplicateSettings settings;
    private final DuplicateScorer scorer;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final LinkedHashMap<String, DuplicateFingerprint> cases = new LinkedHashMap<>();
    private final Map<Long, Set<String>> buckets = new HashMap<>();

    /** Fixed so that signatures stay comparable across restarts and nodes. */
    private static final long MINHASH_SEED = 0x6D696E7368656E67L;

    public DuplicateDetector(Segmenter segmenter, PlaceExtractor places, DuplicateSettings settings) {
        this.settings = Objects.requireNonNull(settings);
        this.fingerprinter = new DuplicateFingerprinter(segmenter, places,
                new MinHasher(settings.signatureSize(), MINHASH_SEED));
        this.scorer = new DuplicateScorer(settings);
    }

    public DuplicateSettings settings() {
        return settings;
    }

    /** Adds or replaces an open case. */
    public void add(String caseId, String title, String body) {
        Objects.requireNonNull(caseId);
        DuplicateFingerprint fingerprint = fingerprinter.fingerprint(title, body);
        lock.writeLock().lock();
        try {
            removeLocked(caseId);
            cases.put(caseId, fingerprint);
            long[] keys = bandKeys(fingerprint);
            for (long key : keys) {
                buckets.computeIfAbsent(key, k -> new HashSet<>(2)).add(caseId);
            }
            Iterator<String> eldest = cases.keySet().iterator();
            while (cases.size() > settings.maxCases()) {
                String evicted = eldest.next();
                removeBands(evicted, cases.get(evicted));
                eldest.remove();
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Removes a case (closed or merged); unknown ids are ignored. */
    public void remove(String caseId) {
        lock.writeLock().lock();
        try {
            removeLocked(caseId);
        } finally {
            lock.writeLock().unlock();
        }
    }

    public boolean contains(String caseId) {
        lock.readLock().lock();
        try {
            return cases.containsKey(caseId);
        } finally {
            lock.readLock().unlock();
        }
    }

    public int size() {
        lock.readLock().lock();
        try {
            return cases.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Open cases that the message probably repeats, best first. */
    public List<DuplicateCandidate> find(String title, String body) {
        return find(title, body, null);
    }

    /** As {@link #find(String, String)}, leaving out {@code selfId} (the message's own case). */
    public List<DuplicateCandidate> find(String title, String body, String selfId) {
        DuplicateFingerprint query = fingerprinter.fingerprint(title, body);
        List<DuplicateCandidate> found = new ArrayList<>();
        lock.readLock().lock();
        try {
            Set<String> seen = new HashSet<>();
            for (long key : bandKeys(query)) {
                Set<String> bucket = buckets.get(key);
                if (bucket == null) {
                    continue;
                }
                for (String caseId : bucket) {
                    if (!caseId.equals(selfId) && seen.add(caseId)) {
                        double score = scorer.score(query, cases.get(caseId));
                        if (score >= settings.threshold()) {
                            found.add(new DuplicateCandidate(caseId, score));
                        }
                    }
                }
            }
        } finally {
            lock.readLock().unlock();
        }
        found.sort(Comparator.comparingDouble(DuplicateCandidate::score).reversed()
                .thenComparing(DuplicateCandidate::caseId));
        return found.size() > settings.maxResults() ? List.copyOf(found.subList(0, settings.maxResults())) : found;
    }

    private void removeLocked(String caseId) {
        DuplicateFingerprint old = cases.remove(caseId);
        if (old != null) {
            removeBands(caseId, old);
        }
    }

    private void removeBands(String caseId, DuplicateFingerprint fingerprint) {
        for (long key : bandKeys(fingerprint)) {
            Set<String> bucket = buckets.get(key);
            if (bucket != null && bucket.remove(caseId) && bucket.isEmpty()) {
                buckets.remove(key);
            }
        }
    }

    /** One key per band; an empty text has no shingles and so no keys, and matches nothing. */
    private long[] bandKeys(DuplicateFingerprint fingerprint) {
        if (fingerprint.shingles().length == 0) {
            return new long[0];
        }
        int[] signature = fingerprint.signature();
        long[] keys = new long[settings.bands()];
        for (int band = 0; band < settings.bands(); band++) {
            long h = band + 1;
            for (int row = 0; row < settings.rows(); row++) {
                h = h * 0x9E3779B97F4A7C15L + signature[band * settings.rows() + row];
            }
            keys[band] = h ^ (h >>> 29);
        }
        return keys;
    }
}
