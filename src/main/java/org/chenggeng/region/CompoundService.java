package org.chenggeng.region;

import jakarta.annotation.security.RolesAllowed;
import org.chenggeng.security.Actor;
import org.chenggeng.security.CurrentUser;
import org.chenggeng.security.Roles;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.EntityChanged;
import org.chenggeng.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Residential compounds: administrators keep them; everyone sees those within their region. */
@Service
public class CompoundService {

    private static final String ENTITY = "COMPOUND";

    private final CompoundRepository compounds;
    private final RegionRepository regions;
    private final RegionScope regionScope;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final CompoundInserts inserts;

    CompoundService(CompoundRepository compounds, RegionRepository regions, RegionScope regionScope,
                    CurrentUser currentUser, ApplicationEventPublisher events, CompoundInserts inserts) {
        this.inserts = inserts;
        this.compounds = compounds;
        this.regions = regions;
        this.regionScope = regionScope;
        this.currentUser = currentUser;
        this.events = events;
    }

    /** The editable facts of a compound. */
    public record CompoundData(String name, Integer yearBuilt, int buildings, int households, BigDecimal floorArea) {

        /** Throws the refusal a compound's own rules give these facts, if any: for an import's check of every row. */
        public void check() {
            new Compound(null, this, false);
        }
    }

    /** A compound to create in a community, for {@link #createAll}. */
    public record NewCompound(long communityId, CompoundData data) {
    }

    /** A compound with its community's name, for grids and pickers. */
    public record CompoundRow(Long id, long version, Long communityId, String communityName, String name,
                              Integer yearBuilt, int buildings, int households, BigDecimal floorArea,
                              boolean sample) {
    }

    /** Compounds in the communities within the signed-in user's region (all of them for administrators). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<CompoundRow> inScope() {
        Actor actor = currentUser.require();
        List<Compound> found = actor.isAdmin() ? compounds.findAll()
                : compounds.findByCommunityIdInOrderByNameAsc(regionScope.within(actor.regionId()));
        return toRows(found);
    }

    /**
     * Compounds by id without a scope check, for modules that have already checked the user's access to
     * the record that refers to them (a project page shows its own compounds).
     */
    @Transactional(readOnly = true)
    public List<CompoundRow> byIds(Collection<Long> ids) {
        return toRows(compounds.findAllById(ids));
    }

    /** Community ids of the given compounds, for the scope checks of other modules. */
    @Transactional(readOnly = true)
    public Map<Long, Long> communityOf(Collection<Long> compoundIds) {
        Map<Long, Long> result = new java.util.HashMap<>();
        List<Long> ids = List.copyOf(new java.util.HashSet<>(compoundIds));
        for (int s = 0; s < ids.size(); s += 1_000) {
            compounds.communities(ids.subList(s, Math.min(ids.size(), s + 1_000)))
                    .forEach(row -> result.put((Long) row[0], (Long) row[1]));
        }
        return result;
    }

    /** Households of the given compounds, for headline figures. */
    @Transactional(readOnly = true)
    public Map<Long, Integer> households(Collection<Long> compoundIds) {
        Map<Long, Integer> result = new java.util.HashMap<>();
        List<Long> ids = List.copyOf(compoundIds);
        for (int s = 0; s < ids.size(); s += 1_000) {
            compounds.households(ids.subList(s, Math.min(ids.size(), s + 1_000)))
                    .forEach(row -> result.put((Long) row[0], (Integer) row[1]));
        }
        return result;
    }

    /** Ids of the compounds in the given regions, for the scope checks of other modules. */
    @Transactional(readOnly = true)
    public Set<Long> idsInRegions(Collection<Long> regionIds) {
        return compounds.findByCommunityIdInOrderByNameAsc(regionIds).stream().map(Compound::getId)
                .collect(java.util.stream.Collectors.toSet());
    }

    @Transactional
    @RolesAllowed(Roles.SYSTEM_ADMIN)
    public Long create(Long communityId, CompoundData data) {
        requireCommunity(communityId);
        Compound compound = new Compound(communityId, data, false);
        if (compounds.existsByCommunityIdAndName(communityId, compound.getName())) {
            throw new DomainException("compound.error.duplicateName", compound.getName());
        }
        compounds.save(compound);
        events.publishEvent(EntityChanged.created(ENTITY, compound.getId(), compound.snapshot()));
        return compound.getId();
    }

    /**
     * Creates many compounds at once (an import's new compounds), each checked as {@link #create} checks one, and
     * returns their ids in the order given. Written with JDBC batches and not audited one by one: the caller records
     * the import in one audit entry with its counts (decision 0021). A name taken in its community, or given twice,
     * refuses the whole batch.
     */
    @Transactional
    @RolesAllowed(Roles.SYSTEM_ADMIN)
    public List<Long> createAll(List<NewCompound> added) {
        if (added.isEmpty()) {
            return List.of();
        }
        Set<Long> communityIds = added.stream().map(NewCompound::communityId)
                .collect(java.util.stream.Collectors.toSet());
        long communities = regions.findAllById(communityIds).stream()
                .filter(r -> r.getLevel() == RegionLevel.COMMUNITY).count();
        if (communities != communityIds.size()) {
            throw new DomainException("compound.error.communityRequired");
        }
        Map<String, Long> existing = inserts.existing(communityIds);
        Set<String> seen = new java.util.HashSet<>();
        List<Compound> checked = new java.util.ArrayList<>(added.size());
        for (NewCompound n : added) {
            Compound compound = new Compound(n.communityId(), n.data(), false);
            String key = CompoundInserts.key(n.communityId(), compound.getName());
            if (existing.containsKey(key) || !seen.add(key)) {
                throw new DomainException("compound.error.duplicateName", compound.getName());
            }
            checked.add(compound);
        }
        return inserts.insert(checked);
    }

    @Transactional(isolation = Isolation.READ_COMMITTED)
    @RolesAllowed(Roles.SYSTEM_ADMIN)
    public void update(long id, long version, Long communityId, CompoundData data) {
        Compound compound = compounds.findById(id).orElseThrow(NotFoundException::new);
        compound.checkVersion(version);
        requireCommunity(communityId);
        Map<String, String> before = compound.snapshot();
        boolean moved = !compound.getCommunityId().equals(communityId);
        compound.update(communityId, data);
        if (compounds.existsByCommunityIdAndNameAndIdNot(communityId, compound.getName(), id)) {
            throw new DomainException("compound.error.duplicateName", compound.getName());
        }
        compounds.saveAndFlush(compound);
        events.publishEvent(EntityChanged.updated(ENTITY, id, "UPDATE", before, compound.snapshot()));
        if (moved) {
            events.publishEvent(new CompoundMoved(id));
        }
    }

    private void requireCommunity(Long communityId) {
        Region community = communityId == null ? null : regions.findById(communityId).orElse(null);
        if (community == null || community.getLevel() != RegionLevel.COMMUNITY) {
            throw new DomainException("compound.error.communityRequired");
        }
    }

    private List<CompoundRow> toRows(Collection<Compound> found) {
        Set<Long> communityIds = found.stream().map(Compound::getCommunityId).collect(java.util.stream.Collectors.toSet());
        Map<Long, String> names = regions.findAllById(communityIds).stream()
                .collect(java.util.stream.Collectors.toMap(Region::getId, Region::getName));
        return found.stream()
                .map(c -> new CompoundRow(c.getId(), c.getVersion(), c.getCommunityId(), names.get(c.getCommunityId()),
                        c.getName(), c.getYearBuilt(), c.getBuildings(), c.getHouseholds(), c.getFloorArea(),
                        c.isSample()))
                .sorted(Comparator.comparing(CompoundRow::communityName, RegionService.PINYIN)
                        .thenComparing(CompoundRow::name, RegionService.PINYIN))
                .toList();
    }
}
