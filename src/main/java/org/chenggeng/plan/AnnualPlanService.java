package org.chenggeng.plan;

import jakarta.annotation.security.RolesAllowed;
import org.chenggeng.region.RegionScope;
import org.chenggeng.region.RegionService;
import org.chenggeng.region.RegionService.RegionNode;
import org.chenggeng.security.Actor;
import org.chenggeng.security.CurrentUser;
import org.chenggeng.security.Roles;
import org.chenggeng.shared.EntityChanged;
import org.chenggeng.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Annual plans and how they are going. A plan is set by the level above: an administrator, or an official whose region
 * lies above the plan's region (a district official sets its streets' plans, not its own). Everyone reads the plans and
 * progress of the regions within their scope; a region outside it does not exist for them.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class AnnualPlanService {

    private static final String ENTITY = "ANNUAL_PLAN";

    private final AnnualPlanRepository plans;
    private final RegionService regions;
    private final RegionScope scope;
    private final CurrentUser currentUser;
    private final ActualsCounter actuals;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AnnualPlanService(AnnualPlanRepository plans, RegionService regions, RegionScope scope, CurrentUser currentUser,
                      ActualsCounter actuals, ApplicationEventPublisher events, Clock clock) {
        this.plans = plans;
        this.regions = regions;
        this.scope = scope;
        this.currentUser = currentUser;
        this.actuals = actuals;
        this.events = events;
        this.clock = clock;
    }

    /** The regions whose plans and progress the user may see, top down. */
    @Transactional(readOnly = true)
    public List<RegionNode> regions() {
        Actor actor = currentUser.require();
        Set<Long> within = actor.isAdmin() ? null : scope.within(actor.regionId());
        return regions.all().stream().filter(r -> within == null || within.contains(r.id())).toList();
    }

    /** A region's plan for the year beside what its projects did, and whether the user may set the plan. */
    @Transactional(readOnly = true)
    public PlanProgress progress(long regionId, int year) {
        Actor actor = currentUser.require();
        RegionNode region = visible(actor, regionId);
        Optional<AnnualPlan> plan = plans.findByRegionIdAndYear(regionId, year);
        return new PlanProgress(regionId, region.name(), year, plan.map(AnnualPlan::figures).orElse(null),
                plan.map(AnnualPlan::getSetBy).orElse(null), plan.map(AnnualPlan::getSetAt).orElse(null),
                maySet(actor, regionId), actuals.count(regionId, year));
    }

    /** The progress of the regions directly below one, in name order: where a street's communities stand. */
    @Transactional(readOnly = true)
    public List<PlanProgress> below(long regionId, int year) {
        visible(currentUser.require(), regionId);
        return regions.all().stream().filter(r -> Long.valueOf(regionId).equals(r.parentId()))
                .map(r -> progress(r.id(), year)).toList();
    }

    /** The plans set for these regions in a year, by region id, leaving out regions outside the user's scope. */
    @Transactional(readOnly = true)
    public Map<Long, PlanFigures> plans(Collection<Long> regionIds, int year) {
        Actor actor = currentUser.require();
        Set<Long> within = actor.isAdmin() ? null : scope.within(actor.regionId());
        return plans.findByRegionIdInAndYear(regionIds, year).stream()
                .filter(p -> within == null || within.contains(p.getRegionId()))
                .collect(Collectors.toMap(AnnualPlan::getRegionId, AnnualPlan::figures));
    }

    /** Sets (or replaces) a region's plan for a year; refused, and audited, for anyone but the level above. */
    @Transactional
    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.OFFICIAL})
    public void set(long regionId, int year, PlanFigures figures) {
        Actor actor = currentUser.require();
        visible(actor, regionId);
        if (!maySet(actor, regionId)) {
            throw currentUser.deny(actor, "annual-plan of own region " + regionId);
        }
        save(regionId, year, figures, actor.username(), false);
    }

    /** Writes a plan without the role and scope checks; {@link PlanSamples} and the plan list import call it. */
    void save(long regionId, int year, PlanFigures figures, String by, boolean sample) {
        Optional<AnnualPlan> found = plans.findByRegionIdAndYear(regionId, year);
        AnnualPlan plan = found.orElseGet(() -> new AnnualPlan(regionId, year, sample));
        Map<String, String> before = found.map(AnnualPlan::snapshot).orElse(Map.of());
        plan.set(figures, by, clock.instant());
        Long id = plans.saveAndFlush(plan).getId();
        events.publishEvent(found.isPresent() ? EntityChanged.updated(ENTITY, id, "UPDATE", before, plan.snapshot())
                : EntityChanged.created(ENTITY, id, plan.snapshot()));
    }

    private boolean maySet(Actor actor, long regionId) {
        return actor.isAdmin() || actor.is(org.chenggeng.security.Role.OFFICIAL)
                && !Long.valueOf(regionId).equals(actor.regionId()) && scope.covers(actor.regionId(), regionId);
    }

    private RegionNode visible(Actor actor, long regionId) {
        if (!actor.isAdmin() && !scope.covers(actor.regionId(), regionId)) {
            throw currentUser.hide(actor, "annual-plan region " + regionId);
        }
        try {
            return regions.get(regionId);
        } catch (NotFoundException e) {
            throw currentUser.hide(actor, "annual-plan region " + regionId);
        }
    }
}
