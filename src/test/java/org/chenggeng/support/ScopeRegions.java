package org.chenggeng.support;

import org.chenggeng.region.RegionService;
import org.springframework.stereotype.Component;

/** Finds a region of a user's scope by its name, as that user's region picker lists it. */
@Component
public class ScopeRegions {

    private final RegionService regions;
    private final TestUsers as;

    ScopeRegions(RegionService regions, TestUsers as) {
        this.regions = regions;
        this.as = as;
    }

    /** The id of the region {@code name} within {@code username}'s scope; fails when the user cannot see it. */
    public long id(String username, String name) throws Exception {
        return as.as(username, regions::inScope).stream().filter(r -> r.name().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError(name + " is not in " + username + "'s scope")).id();
    }
}
