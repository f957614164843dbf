package org.chenggeng.demo;

import org.chenggeng.consultation.FeedbackService;
import org.chenggeng.consultation.HouseholdService;
import org.chenggeng.region.CompoundService;
import org.chenggeng.region.RegionService;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The services people use offer no demo-only way in: the demo seeds its regions, compounds and feedback through
 * each module's sample-data service (RegionSamples, SampleData).
 */
class ServicesCarryNoDemoCodeTest {

    @Test
    void noProductionServiceHasASeedMethod() {
        List<String> seeds = List.of(RegionService.class, CompoundService.class, HouseholdService.class,
                        FeedbackService.class).stream()
                .flatMap(c -> Arrays.stream(c.getDeclaredMethods()))
                .filter(m -> m.getName().startsWith("seed"))
                .map(Method::toString).toList();

        assertThat(seeds).isEmpty();
    }
}
