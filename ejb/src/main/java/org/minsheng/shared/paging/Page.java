package org.minsheng.shared.paging;

import java.util.List;

/** One page of a longer list; {@code page} counts from 1. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public static final int MAX_SIZE = 100;

    public long pages() {
        return total == 0 ? 1 : (total + size - 1) / size;
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }

    /** Clamps a requested page number and size to sane values. */
    public static int[] clamp(int page, int size) {
        int s = Math.max(1, Math.min(size, MAX_SIZE));
        return new int[] {Math.max(1, page), s};
    }
}
