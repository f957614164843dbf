package org.chenggeng.shared.api;

import java.util.List;

/** One page of a list the API answers, with the total so that a client knows how many pages there are. */
public record ApiPage<T>(List<T> items, int page, int size, long total) {

    public ApiPage {
        items = List.copyOf(items);
    }
}
