package org.chenggeng.region;

import jakarta.annotation.security.RolesAllowed;
import org.chenggeng.security.Roles;
import org.chenggeng.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Regions and compounds marked as sample data, for the demo data (which runs as the system): kept apart from
 * {@link RegionService} and {@link CompoundService} so the services people use carry no demo code.
 */
@Service
@RolesAllowed(Roles.SYSTEM_ADMIN)
public class RegionSamples {

    private final RegionRepository regions;
    private final CompoundRepository compounds;

    RegionSamples(RegionRepository regions, CompoundRepository compounds) {
        this.regions = regions;
        this.compounds = compounds;
    }

    /** A sample region: the root of the tree when {@code parentId} is null, else a child of that region. */
    @Transactional
    public Long region(Long parentId, String name, RegionLevel level, String code) {
        Region region = parentId == null ? Region.root(name, level, code, true)
                : regions.findById(parentId).orElseThrow().child(name, code, true);
        regions.save(region);
        return region.getId();
    }

    /** A sample compound in a community. */
    @Transactional
    public Long compound(Long communityId, CompoundService.CompoundData data) {
        Region community = communityId == null ? null : regions.findById(communityId).orElse(null);
        if (community == null || community.getLevel() != RegionLevel.COMMUNITY) {
            throw new DomainException("compound.error.communityRequired");
        }
        return compounds.save(new Compound(communityId, data, true)).getId();
    }
}
