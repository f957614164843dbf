package org.chenggeng.audit;

import org.chenggeng.project.ProjectCompounds;
import org.chenggeng.region.CompoundService;
import org.chenggeng.region.RegionService;
import org.chenggeng.shared.EntityChanged;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Places a changed record in a region, from what its state names: a region, a community, a compound or a project
 * (whose compounds lie in communities). A record in several communities belongs to the lowest region holding them
 * all. A record of no region (the catalogue, access tokens) belongs to none, and only administrators read it.
 */
@Component
class AuditRegions {

    private final CompoundService compounds;
    private final ProjectCompounds projects;
    private final RegionService regions;

    AuditRegions(CompoundService compounds, ProjectCompounds projects, RegionService regions) {
        this.compounds = compounds;
        this.projects = projects;
        this.regions = regions;
    }

    Long of(EntityChanged change) {
        Map<String, String> state = change.after() != null && !change.after().isEmpty() ? change.after()
                : change.before() == null ? Map.of() : change.before();
        Set<Long> found = new HashSet<>();
        if ("REGION".equals(change.entityType())) {
            add(found, String.valueOf(change.entityId()));
        }
        add(found, state.get("regionId"));
        add(found, state.get("communityId"));
        Set<Long> compoundIds = new HashSet<>();
        Long compound = number(state.get("compoundId"));
        if (compound != null) {
            compoundIds.add(compound);
        }
        Long project = "PROJECT".equals(change.entityType()) ? number(String.valueOf(change.entityId()))
                : number(state.get("projectId"));
        if (project != null) {
            compoundIds.addAll(projects.of(project));
        }
        if (!compoundIds.isEmpty()) {
            found.addAll(compounds.communityOf(compoundIds).values());
        }
        return lowestHolding(found);
    }

    private Long lowestHolding(Set<Long> found) {
        if (found.size() <= 1) {
            return found.stream().findFirst().orElse(null);
        }
        Set<Long> common = null;
        for (Long id : found) {
            Set<Long> above = regions.ancestorIds(Set.of(id));
            if (common == null) {
                common = new HashSet<>(above);
            } else {
                common.retainAll(above);
            }
        }
        // the deepest common region is the one with the most regions above it
        return common.stream().max(Comparator.comparingInt(id -> regions.ancestorIds(Set.of(id)).size())).orElse(null);
    }

    private static void add(Set<Long> found, String value) {
        Long id = number(value);
        if (id != null) {
            found.add(id);
        }
    }

    private static Long number(String value) {
        if (value == null || value.isBlank() || !value.chars().allMatch(Character::isDigit) || value.length() > 18) {
            return null;
        }
        return Long.valueOf(value);
    }
}
