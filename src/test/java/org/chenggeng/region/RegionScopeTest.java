package org.chenggeng.region;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The scope rule against a brute-force oracle: a region is within an actor's region exactly when walking up its
 * parents reaches the actor's region. Checked for every pair of regions of generated trees.
 */
class RegionScopeTest {

    /** A forest of up to four levels (city, district, street, community), as parent id by region id. */
    private static Map<Long, Long> generatedTree(long seed) {
        Random random = new Random(seed);
        Map<Long, Long> parentOf = new HashMap<>();
        List<Long> previousLevel = new ArrayList<>();
        long next = 1;
        for (int city = 0; city < 1 + random.nextInt(2); city++) {
            parentOf.put(next, null);
            previousLevel.add(next++);
        }
        for (int level = 1; level < 4; level++) {
            List<Long> thisLevel = new ArrayList<>();
            for (Long parent : previousLevel) {
                for (int child = 0; child < random.nextInt(4); child++) {
                    parentOf.put(next, parent);
                    thisLevel.add(next++);
                }
            }
            previousLevel = thisLevel;
        }
        return parentOf;
    }

    private static boolean oracle(Map<Long, Long> parentOf, Long actorRegion, Long region) {
        for (Long cursor = region; cursor != null; cursor = parentOf.get(cursor)) {
            if (cursor.equals(actorRegion)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void aRegionIsCoveredExactlyWhenItIsTheActorsRegionOrBelowIt() {
        for (long seed = 1; seed <= 20; seed++) {
            Map<Long, Long> tree = generatedTree(seed);
            RegionScope scope = new RegionScope(() -> tree);
            for (Long actorRegion : tree.keySet()) {
                Set<Long> expected = new HashSet<>();
                for (Long region : tree.keySet()) {
                    boolean inside = oracle(tree, actorRegion, region);
                    assertThat(scope.covers(actorRegion, region)).as("seed %d: %d within %d", seed, region,
                            actorRegion).isEqualTo(inside);
                    if (inside) {
                        expected.add(region);
                    }
                }
                assertThat(scope.within(actorRegion)).as("seed %d, region %d", seed, actorRegion)
                        .isEqualTo(expected);
            }
        }
    }

    @Test
    void coveredKeysKeepsTheRecordsPlacedWithinTheActorsRegion() {
        Map<Long, Long> tree = generatedTree(7);
        RegionScope scope = new RegionScope(() -> tree);
        Map<String, Long> placed = new HashMap<>();
        tree.keySet().forEach(region -> placed.put("record-" + region, region));
        placed.put("unplaced", null);
        for (Long actorRegion : tree.keySet()) {
            Set<String> expected = new HashSet<>();
            placed.forEach((key, region) -> {
                if (region != null && oracle(tree, actorRegion, region)) {
                    expected.add(key);
                }
            });
            assertThat(scope.coveredKeys(actorRegion, placed)).isEqualTo(expected);
        }
    }

    @Test
    void noRegionOrAnUnknownOneCoversNothingAndIsRefused() {
        Map<Long, Long> tree = generatedTree(3);
        RegionScope scope = new RegionScope(() -> tree);
        Long root = tree.entrySet().stream().filter(e -> e.getValue() == null).findFirst().orElseThrow().getKey();

        assertThat(scope.within(null)).isEmpty();
        assertThat(scope.within(999_999L)).isEmpty();
        assertThat(scope.covers(null, root)).isFalse();
        assertThat(scope.covers(root, null)).isFalse();
        assertThat(scope.covers(root, 999_999L)).isFalse();
        assertThatThrownBy(() -> scope.require(null, root, () -> new IllegalStateException("refused")))
                .isInstanceOf(IllegalStateException.class).hasMessage("refused");
        scope.require(root, root, () -> new IllegalStateException("refused"));
        assertThat(scope.covers(root, root)).isTrue();
    }
}
