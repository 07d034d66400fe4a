package org.minsheng.shared.idempotency;

/** What a request with a key finds when it claims the key. */
public sealed interface Claim {

    /** The key was free (or its holder's lease ran out): this request does the work and reports the answer. */
    record Acquired(String recordId, String owner) implements Claim {
    }

    /** The same request was answered before: this is its answer. */
    record Completed(StoredResponse response) implements Claim {
    }

    /** The same request is being worked on by someone else right now. */
    record InProgress() implements Claim {
    }

    /** The key was used for a different request (another body, path or content type). */
    record Mismatch() implements Claim {
    }
}
