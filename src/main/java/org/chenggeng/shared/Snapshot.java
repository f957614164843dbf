package org.chenggeng.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Builds the flat, ordered before/after maps that {@link EntityChanged} carries. */
public final class Snapshot {

    private final Map<String, String> values = new LinkedHashMap<>();

    public static Snapshot of() {
        return new Snapshot();
    }

    public Snapshot put(String field, Object value) {
        values.put(field, value == null ? "" : Objects.toString(value));
        return this;
    }

    public Map<String, String> toMap() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
}
