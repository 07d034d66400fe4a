package org.minsheng.news.application;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import org.minsheng.news.api.VersionDiff;

/** Compares two revisions' lines (title first, then the body's blocks) with java-diff-utils. */
final class VersionComparison {

    private VersionComparison() {
    }

    static List<VersionDiff.Line> compare(List<String> before, List<String> after) {
        Patch<String> patch = DiffUtils.diff(before, after);
        List<VersionDiff.Line> lines = new ArrayList<>();
        int at = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int start = delta.getSource().getPosition();
            for (; at < start; at++) {
                lines.add(new VersionDiff.Line("SAME", before.get(at)));
            }
            delta.getSource().getLines().forEach(l -> lines.add(new VersionDiff.Line("REMOVED", l)));
            delta.getTarget().getLines().forEach(l -> lines.add(new VersionDiff.Line("ADDED", l)));
            at = start + delta.getSource().size();
        }
        for (; at < before.size(); at++) {
            lines.add(new VersionDiff.Line("SAME", before.get(at)));
        }
        return lines;
    }
}
