package org.chenggeng.consultation;

import org.chenggeng.project.ProjectFilter;
import org.chenggeng.project.ProjectAccess;
import org.chenggeng.project.ProjectLifecycle;
import org.chenggeng.project.ProjectQueries;
import org.chenggeng.project.ProjectRow;
import org.chenggeng.project.ProjectStatus;
import org.chenggeng.region.CompoundService;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's registers are complete, so that each of its approvals holds under the consent gate's register check. */
@ChenggengTest
class DemoConsentTest {

    @Autowired
    ProjectAccess projects;

    @Autowired

    ProjectLifecycle lifecycle;

    @Autowired

    ProjectQueries projectQueries;
    @Autowired
    HouseholdService households;
    @Autowired
    TestUsers as;

    @Test
    void everyApprovedDemoProjectWasApprovedOnACompleteRegisterOfItsWholeCompound() throws Exception {
        List<ProjectRow> approved = as.as("admin", () -> projectQueries.all(ProjectFilter.none())).stream()
                .filter(p -> p.code().matches("(YYH|DWZ)-\\d{4}-\\d{2}"))  // the demo's, not other tests'
                .filter(p -> p.status().ordinal() >= ProjectStatus.APPROVED.ordinal()).toList();
        assertThat(approved).hasSizeGreaterThanOrEqualTo(7);
        for (ProjectRow p : approved) {
            CompoundService.CompoundRow compound = as.as("admin", () -> projects.get(p.id()).compounds().getFirst());
            List<HouseholdRow> register = as.as("admin", () -> households.list(compound.id(), null));
            assertThat(register).hasSize(compound.households());
            assertThat(register.stream().map(HouseholdRow::floorArea).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .isEqualByComparingTo(compound.floorArea());
            String tally = as.as("admin", () -> lifecycle.history(p.id())).stream()
                    .filter(t -> t.to() == ProjectStatus.APPROVED).findFirst().orElseThrow().consentTally();
            assertThat(tally).contains("范围：" + compound.name() + "全小区，计"
                    + String.format("%,d", compound.households()) + "户、"
                    + compound.floorArea().stripTrailingZeros().toPlainString() + "平方米");
        }
    }

    @Test
    void theDemoElevatorProjectTouchesOneStairwellWhoseOpenRoundCoversIt() throws Exception {
        ProjectRow elevator = as.as("official", () -> projectQueries.all(ProjectFilter.none())).stream()
                .filter(p -> p.code().equals("YYH-2026-03")).findFirst().orElseThrow();
        var data = as.as("official", () -> projects.get(elevator.id()).data());
        assertThat(data.buildings()).containsExactly("1号楼");
        assertThat(data.unit()).isEqualTo("2单元");
        // the round covers the stairwell; it only has to pass and close
        assertThat(as.as("official", () -> projects.consent(elevator.id()).refusalKey()))
                .isEqualTo("project.error.consentRequired");
    }
}
