package org.minsheng.nlp.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Retraining the classifier from the administration pages: a job trains a candidate model on the
 * shipped corpus plus the examples people's decisions produced, evaluates it against the model in
 * use on the same held-out messages, and keeps it as a versioned file that an administrator can
 * switch to without a restart.
 */
public interface ModelAdministration {

    /** The model in use: its file name ({@code default} for the shipped one) and header facts. */
    record ModelInUse(String version, Instant createdAt, int trainingSize, List<String> categories) {
    }

    /** Macro-F1 and per-class F1 of one model on the held-out messages. */
    record Scores(double macroF1, Map<String, Double> f1ByCategory) {
    }

    /**
     * A training job's state: {@code IDLE}, {@code RUNNING} (with progress 0–100 and the current
     * step), {@code DONE} (with before/after scores and the candidate's version) or {@code FAILED}.
     */
    record Training(String state, int progress, String step, Instant startedAt, Instant finishedAt,
                    int trainingMessages, int heldOutMessages, Scores before, Scores after, String candidate,
                    String error) {
    }

    ModelInUse current();

    long trainingExamples();

    Training training();

    /** Starts a training job in the background; refused (409) while one runs. */
    Training startTraining();

    /**
     * Switches the classifier to a saved version (a finished job's candidate) or back to
     * {@code default}, the shipped model; takes effect for the next message, no restart.
     */
    ModelInUse activate(String version);
}
