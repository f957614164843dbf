package org.chenggeng.inspection;

import jakarta.annotation.security.RolesAllowed;
import org.chenggeng.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inspections marked as sample data, for the demo data (which runs with the administrator role): kept apart from
 * {@link InspectionService} so the services people use carry no demo code. The recording user's own role and scope
 * still decide, as in {@link InspectionService#record}.
 */
@Service
@RolesAllowed(Roles.SYSTEM_ADMIN)
public class InspectionSamples {

    private final InspectionService inspections;
    private final AcceptanceService acceptances;
    private final HandoverService handovers;

    InspectionSamples(InspectionService inspections, AcceptanceService acceptances, HandoverService handovers) {
        this.inspections = inspections;
        this.acceptances = acceptances;
        this.handovers = handovers;
    }

    /** A hand-over marked as sample data, each work type with the warranty a hand-over offers first. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public Long handover(long projectId, ReceivingKind kind, String body, java.time.LocalDate date, String fund,
                         java.math.BigDecimal amount) {
        return handovers.record(projectId, new HandoverData(kind, body, date, fund, amount,
                handovers.draft(projectId).defaultMonths()), true);
    }

    @Transactional(isolation = Isolation.READ_COMMITTED)
    public Long completionAcceptance(long projectId, CompletionData data) {
        return acceptances.record(projectId, data, true);
    }

    @Transactional(isolation = Isolation.READ_COMMITTED)
    public InspectionService.Recorded inspection(long projectId, InspectionData data) {
        return inspections.record(projectId, data, true);
    }
}
