package org.chenggeng.work;

import jakarta.annotation.security.RolesAllowed;
import org.chenggeng.region.RegionScope;
import org.chenggeng.region.RegionService;
import org.chenggeng.security.Actor;
import org.chenggeng.security.CurrentUser;
import org.chenggeng.security.Roles;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.EntityChanged;
import org.chenggeng.shared.Snapshot;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Monthly locks: an official closes a month for a region within their scope, after which no entry dated in it
 * can be added or corrected for any project in that region, until the month is unlocked. Both are audited.
 */
@Service
public class PeriodLockService {

    private static final String ENTITY = "PERIOD_LOCK";

    private final PeriodLockRepository locks;
    private final RegionService regions;
    private final RegionScope scope;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PeriodLockService(PeriodLockRepository locks, RegionService regions, RegionScope scope,
                      CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.locks = locks;
        this.regions = regions;
        this.scope = scope;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** A locked month of a region. */
    public record LockRow(Long id, Long regionId, YearMonth month, String lockedBy, Instant lockedAt) {
    }

    /** The locks on the regions within the signed-in user's region, newest month first. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<LockRow> visible() {
        Actor actor = currentUser.require();
        Collection<Long> within = actor.isAdmin() ? regions.all().stream().map(RegionService.RegionNode::id).toList()
                : scope.within(actor.regionId());
        return locks.findByRegionIdInOrderByMonthDesc(within).stream()
                .map(l -> new LockRow(l.getId(), l.getRegionId(), l.getMonth(), l.getLockedBy(), l.getLockedAt()))
                .toList();
    }

    /** The regions the signed-in official may lock months for: their own and those below it. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.OFFICIAL})
    public List<RegionService.RegionNode> lockableRegions() {
        Actor actor = currentUser.require();
        Set<Long> within = actor.isAdmin() ? null : scope.within(actor.regionId());
        return regions.all().stream().filter(r -> within == null || within.contains(r.id())).toList();
    }

    @Transactional
    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.OFFICIAL})
    public void lock(Long regionId, YearMonth month) {
        Actor actor = requireRegionInScope(regionId);
        if (month == null || month.isAfter(YearMonth.now(clock))) {
            throw new DomainException("lock.error.futureMonth");
        }
        if (locks.findByRegionIdAndMonth(regionId, PeriodLock.key(month)).isPresent()) {
            throw new DomainException("lock.error.alreadyLocked");
        }
        PeriodLock lock = locks.save(new PeriodLock(regionId, month, actor.username(), clock.instant()));
        events.publishEvent(EntityChanged.created(ENTITY, lock.getId(), snapshot(lock)));
    }

    @Transactional
    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.OFFICIAL})
    public void unlock(Long regionId, YearMonth month) {
        requireRegionInScope(regionId);
        PeriodLock lock = locks.findByRegionIdAndMonth(regionId, PeriodLock.key(month))
                .orElseThrow(() -> new DomainException("lock.error.notLocked"));
        Map<String, String> before = snapshot(lock);
        locks.delete(lock);
        events.publishEvent(EntityChanged.updated(ENTITY, lock.getId(), "UNLOCK", before, Map.of()));
    }

    /** Whether the month is locked for any of the given communities or a region above them. */
    @Transactional(readOnly = true)
    public boolean isLocked(Set<Long> communityIds, YearMonth month) {
        Set<Long> regionsAbove = regions.ancestorIds(communityIds);
        return !regionsAbove.isEmpty() && locks.existsByRegionIdInAndMonth(regionsAbove, PeriodLock.key(month));
    }

    private Actor requireRegionInScope(Long regionId) {
        Actor actor = currentUser.require();
        if (regionId == null) {
            throw new DomainException("lock.error.regionRequired");
        }
        if (!actor.isAdmin()) {
            scope.require(actor.regionId(), regionId,
                    () -> currentUser.deny(actor, "period-lock outside scope " + regionId));
        }
        return actor;
    }

    private static Map<String, String> snapshot(PeriodLock lock) {
        return Snapshot.of().put("regionId", lock.getRegionId()).put("month", lock.getMonth()).toMap();
    }
}
