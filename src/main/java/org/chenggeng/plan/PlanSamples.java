package org.chenggeng.plan;

import jakarta.annotation.security.RolesAllowed;
import org.chenggeng.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Annual plans marked as sample data, for the demo data (which runs as an administrator): kept apart from
 * {@link AnnualPlanService} so the service people use carries no demo code.
 */
@Service
@RolesAllowed(Roles.SYSTEM_ADMIN)
public class PlanSamples {

    private final AnnualPlanService plans;

    PlanSamples(AnnualPlanService plans) {
        this.plans = plans;
    }

    /** Sets a sample plan for a region and year, as the level above ({@code by}) would have. */
    @Transactional
    public void plan(long regionId, int year, PlanFigures figures, String by) {
        plans.save(regionId, year, figures, by, true);
    }
}
