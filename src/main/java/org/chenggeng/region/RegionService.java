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
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The administrative tree. Reading it is open to every signed-in user (it holds no personal data);
 * changing it is for administrators.
 */
@Service
public class RegionService {

    private static final String ENTITY = "REGION";
    /** Chinese names sort by pinyin, as people expect in a list of places. */
    static final Comparator<String> PINYIN = Comparator.comparing(s -> s, java.text.Collator.getInstance(java.util.Locale.CHINA)::compare);

    private final RegionRepository regions;
    private final ApplicationEventPublisher events;
    private final RegionScope scope;
    private final CurrentUser currentUser;

    RegionService(RegionRepository regions, ApplicationEventPublisher events, RegionScope scope,
                  CurrentUser currentUser) {
        this.regions = regions;
        this.events = events;
        this.scope = scope;
        this.currentUser = currentUser;
    }

    /** A region as screens and other modules see it. */
    public record RegionNode(Long id, long version, Long parentId, String name, RegionLevel level, RegionKind kind,
                             String code, boolean sample) {
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<RegionNode> all() {
        return regions.findAll().stream().map(RegionService::toNode)
                .sorted(Comparator.comparing(RegionNode::level).thenComparing(RegionNode::name, PINYIN))
                .toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<RegionNode> communities() {
        return regions.findByLevelOrderByNameAsc(RegionLevel.COMMUNITY).stream().map(RegionService::toNode)
                .sorted(Comparator.comparing(RegionNode::name, PINYIN)).toList();
    }

    /** The region and every region below it; empty for an unknown id. The rule is {@link RegionScope#within}. */
    @Transactional(readOnly = true)
    public Set<Long> subtreeIds(Long regionId) {
        return scope.within(regionId);
    }

    /** The region and every region above it, up to the root; empty for an unknown id. */
    @Transactional(readOnly = true)
    public Set<Long> ancestorIds(Collection<Long> regionIds) {
        Map<Long, Long> parentOf = new HashMap<>();
        for (Region r : regions.findAll()) {
            parentOf.put(r.getId(), r.getParentId());
        }
        Set<Long> result = new HashSet<>();
        for (Long id : regionIds) {
            Long cursor = id;
            while (cursor != null && parentOf.containsKey(cursor) && result.add(cursor)) {
                cursor = parentOf.get(cursor);
            }
        }
        return result;
    }

    /**
     * Every region's parent ({@code null} for a top region), for placing records in the tree in bulk (where a
     * project is summed) without a user; the tree holds no personal data.
     */
    @Transactional(readOnly = true)
    public Map<Long, Long> parents() {
        Map<Long, Long> parents = new HashMap<>();
        for (Region r : regions.findAll()) {
            parents.put(r.getId(), r.getParentId());
        }
        return parents;
    }

    /** Full paths such as 天津市 / 河东区 / 月牙河街, by region id. */
    @Transactional(readOnly = true)
    public Map<Long, String> paths() {
        Map<Long, Region> byId = regions.findAll().stream().collect(Collectors.toMap(Region::getId, Function.identity()));
        Map<Long, String> paths = new HashMap<>();
        for (Region r : byId.values()) {
            LinkedList<String> names = new LinkedList<>();
            Region cursor = r;
            int guard = 0;
            while (cursor != null && guard++ < 10) {
                names.addFirst(cursor.getName());
                cursor = cursor.getParentId() == null ? null : byId.get(cursor.getParentId());
            }
            paths.put(r.getId(), String.join(" / ", names));
        }
        return paths;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public RegionNode get(long id) {
        return regions.findById(id).map(RegionService::toNode).orElseThrow(NotFoundException::new);
    }

    /**
     * The regions the signed-in user may choose in a filter: every region for administrators, else the user's
     * region and every region below it, at every level (a district official gets the district, its streets, towns
     * and townships, and their communities).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<RegionNode> inScope() {
        Actor actor = currentUser.require();
        if (actor.isAdmin()) {
            return all();
        }
        Set<Long> within = scope.within(actor.regionId());
        return all().stream().filter(r -> within.contains(r.id())).toList();
    }

    /** Adds a region one level below {@code parentId}, or a new top-level city when it is null. */
    @Transactional
    @RolesAllowed(Roles.SYSTEM_ADMIN)
    public Long create(Long parentId, String name, String code) {
        return create(parentId, name, code, null);
    }

    /**
     * Adds a region one level below {@code parentId} (a new top-level city when it is null) called {@code kind}
     * (the level's usual name when null); a kind of another level is refused.
     */
    @Transactional
    @RolesAllowed(Roles.SYSTEM_ADMIN)
    public Long create(Long parentId, String name, String code, RegionKind kind) {
        Region region;
        if (parentId == null) {
            region = Region.root(name, RegionLevel.CITY, null, false);
        } else {
            Region parent = regions.findById(parentId).orElseThrow(NotFoundException::new);
            region = parent.child(name, null, false);
        }
        region.recode(code);
        region.callAs(kind);
        if (regions.existsByParentIdAndName(parentId, region.getName())) {
            throw new DomainException("region.error.duplicateName", region.getName());
        }
        regions.save(region);
        events.publishEvent(EntityChanged.created(ENTITY, region.getId(), region.snapshot()));
        return region.getId();
    }

    @Transactional
    @RolesAllowed(Roles.SYSTEM_ADMIN)
    public void update(long id, long version, String name, String code) {
        update(id, version, name, code, null);
    }

    /** Renames and recodes a region and, unless {@code kind} is null, renames its level (区 to 县). */
    @Transactional
    @RolesAllowed(Roles.SYSTEM_ADMIN)
    public void update(long id, long version, String name, String code, RegionKind kind) {
        Region region = regions.findById(id).orElseThrow(NotFoundException::new);
        region.checkVersion(version);
        Map<String, String> before = region.snapshot();
        region.rename(name);
        region.recode(code);
        region.callAs(kind);
        if (regions.existsByParentIdAndNameAndIdNot(region.getParentId(), region.getName(), id)) {
            throw new DomainException("region.error.duplicateName", region.getName());
        }
        regions.saveAndFlush(region);
        events.publishEvent(EntityChanged.updated(ENTITY, id, "UPDATE", before, region.snapshot()));
    }

    private static RegionNode toNode(Region r) {
        return new RegionNode(r.getId(), r.getVersion(), r.getParentId(), r.getName(), r.getLevel(), r.getKind(),
                r.getCode(), r.isSample());
    }
}
