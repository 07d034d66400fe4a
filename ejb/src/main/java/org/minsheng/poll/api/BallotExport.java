package org.minsheng.poll.api;

import java.util.List;

/**
 * The choices of every ballot for staff export: the column headings (one per question) and one
 * row per ballot, in an order unrelated to when ballots were cast. No identities, no times.
 */
public record BallotExport(String pollTitle, List<String> headings, List<List<String>> rows) {
}
