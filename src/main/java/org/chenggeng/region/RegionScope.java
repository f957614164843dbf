package org.chenggeng.region;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The one rule for "is this region within a user's scope": a user scoped to a region reaches that region and
 * every region below it, and nothing else. This module knows nothing of roles, so callers pass the actor's
 * region id and decide themselves who (administrators) is not bounded by a region at all.
 */
@Component
public class RegionScope {

    /** Parent id by region id, read afresh on every question so that a moved or added region counts at once. */
    private final Supplier<Map<Long, Long>> parents;

    @Autowired
    RegionScope(RegionRepository regions) {
        this(() -> {
            Map<Long, Long> parentOf = new HashMap<>();
            regions.findAll().forEach(r -> parentOf.put(r.getId(), r.getParentId()));
            return parentOf;
        });
    }

    /** Over a tree given as parent id by region id (a root maps to null); for tests. */
    RegionScope(Supplier<Map<Long, Long>> parents) {
        this.parents = parents;
    }

    /** Whether {@code regionId} is the actor's region or lies below it; false when either is null or unknown. */
    @Transactional(readOnly = true)
    public boolean covers(Long actorRegionId, Long regionId) {
        return regionId != null && within(actorRegionId).contains(regionId);
    }

    /** The actor's region and every region below it; empty for a null or unknown region. */
    @Transactional(readOnly = true)
    public Set<Long> within(Long actorRegionId) {
        Map<Long, Long> parentOf = parents.get();
        if (actorRegionId == null || !parentOf.containsKey(actorRegionId)) {
            return Set.of();
        }
        Map<Long, List<Long>> children = new HashMap<>();
        parentOf.forEach((id, parent) -> children.computeIfAbsent(parent, p -> new ArrayList<>()).add(id));
        Set<Long> result = new HashSet<>();
        Deque<Long> todo = new ArrayDeque<>(List.of(actorRegionId));
        while (!todo.isEmpty()) {
            Long id = todo.pop();
            if (result.add(id)) {
                todo.addAll(children.getOrDefault(id, List.of()));
            }
        }
        return result;
    }

    /**
     * Of records placed in regions (a compound in its community, say), the keys of those the actor's region
     * covers. One read of the tree however many records.
     */
    @Transactional(readOnly = true)
    public <K> Set<K> coveredKeys(Long actorRegionId, Map<K, Long> regionOf) {
        Set<Long> within = within(actorRegionId);
        return regionOf.entrySet().stream().filter(e -> e.getValue() != null && within.contains(e.getValue()))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    /** Throws the caller's refusal (which should be audited) unless the actor's region covers the region. */
    @Transactional(readOnly = true)
    public void require(Long actorRegionId, Long regionId, Supplier<? extends RuntimeException> refusal) {
        if (!covers(actorRegionId, regionId)) {
            throw refusal.get();
        }
    }
}
