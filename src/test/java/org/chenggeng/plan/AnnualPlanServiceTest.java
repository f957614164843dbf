package org.chenggeng.plan;

import org.chenggeng.region.RegionService;
import org.chenggeng.security.Role;
import org.chenggeng.security.UserAdminService;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.OutOfScopeException;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

import java.math.BigDecimal;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Annual plans: set by the level above, read within scope, and the rates both ways. In the demo, 月牙河街's 2024
 * programme is two projects under construction (富民路小区 1 215 households, 津塘里 768), nothing completed.
 */
@ChenggengTest
class AnnualPlanServiceTest {

    @Autowired
    AnnualPlanService plans;
    @Autowired
    org.chenggeng.support.SecurityAdmin users;
    @Autowired
    RegionService regions;
    @Autowired
    TestUsers as;

    private long street;
    private long community;

    @BeforeEach
    void setUp() throws Exception {
        as.run("admin", () -> {
            street = region("月牙河街");
            community = region("富民路社区");
            if (users.search("plan-district", PageRequest.of(0, 5)).isEmpty()) {
                user("plan-district", region("河东区"));
                user("plan-other", region("大王庄街"));
            }
        });
    }

    private long region(String name) {
        return regions.all().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow().id();
    }

    private void user(String name, long regionId) {
        Long id = users.create(new UserAdminService.NewUser(name, "计划测试", "plan-password-1", Role.OFFICIAL, regionId,
                Set.of()));
        users.resetPassword(id, "plan-password-1", false);
    }

    @Test
    void ratesAgainstThePlanCanPassAHundredPercentAndRatesAgainstTheProjectsCountWhatWasStarted() throws Exception {
        as.run("plan-district", () -> plans.set(street, 2024,
                new PlanFigures(2, 1950, 30, new BigDecimal("110000"), new BigDecimal("20000000"))));

        PlanProgress p = as.as("official", () -> plans.progress(street, 2024));

        assertThat(p.plan().households()).isEqualTo(1950);
        assertThat(p.actuals().projects()).isEqualTo(2);
        assertThat(p.actuals().householdsStarted()).isEqualTo(1983);
        assertThat(p.startRateAgainstPlan()).isEqualByComparingTo("100.0");
        assertThat(p.startRateAgainstPlanByHouseholds()).isEqualByComparingTo("101.7");
        assertThat(p.completionRateAgainstPlan()).isEqualByComparingTo("0.0");
        assertThat(p.startRate()).isEqualByComparingTo("100.0");
        assertThat(p.startRateByHouseholds()).isEqualByComparingTo("100.0");
        assertThat(p.completionRateByHouseholds()).isEqualByComparingTo("0.0");
        assertThat(p.mayEdit()).isFalse();
        assertThat(as.as("plan-district", () -> plans.progress(street, 2024)).mayEdit()).isTrue();
    }

    @Test
    void aPlanOfOneCompoundWithTwoStartedReadsTwoHundredPercent() throws Exception {
        as.run("plan-district", () -> plans.set(street, 2024,
                new PlanFigures(1, 1000, 20, new BigDecimal("60000"), new BigDecimal("10000000"))));
        PlanProgress p = as.as("plan-district", () -> plans.progress(street, 2024));
        assertThat(p.startRateAgainstPlan()).isEqualByComparingTo("200.0");
        assertThat(p.startRateAgainstPlanByHouseholds()).isEqualByComparingTo("198.3");
    }

    @Test
    void withoutAPlanThereIsNoRateAgainstItButStillOneAgainstTheProjects() throws Exception {
        PlanProgress p = as.as("official", () -> plans.progress(street, 2019));
        assertThat(p.plan()).isNull();
        assertThat(p.startRateAgainstPlan()).isNull();
        assertThat(p.startRate()).isNull();
    }

    @Test
    void onlyTheLevelAboveSetsAPlanAndAnotherStreetCannotSeeOrSetIt() throws Exception {
        PlanFigures figures = new PlanFigures(3, 900, 9, new BigDecimal("50000"), new BigDecimal("9000000"));
        assertThatThrownBy(() -> as.run("official", () -> plans.set(street, 2030, figures)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.run("plan-other", () -> plans.set(street, 2030, figures)))
                .isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> as.run("plan-other", () -> plans.progress(street, 2030)))
                .isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> as.run("pm", () -> plans.set(community, 2030, figures)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as.as("plan-district", () -> plans.progress(street, 2030)).plan()).isNull();

        as.run("official", () -> plans.set(community, 2030, figures));
        assertThat(as.as("official", () -> plans.progress(community, 2030)).plan()).isEqualTo(figures.normalized());
        assertThat(as.as("plan-other", () -> plans.plans(Set.of(street, community), 2030))).isEmpty();
    }

    @Test
    void badFiguresAreRefusedAndLeaveThePlanAsItWas() throws Exception {
        as.run("plan-district", () -> plans.set(street, 2031,
                new PlanFigures(4, 400, 4, new BigDecimal("1000"), new BigDecimal("1000"))));
        assertThatThrownBy(() -> as.run("plan-district", () -> plans.set(street, 2031,
                new PlanFigures(-1, 400, 4, BigDecimal.ONE, BigDecimal.ONE)))).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> as.run("plan-district", () -> plans.set(street, 2031,
                new PlanFigures(1, 400, 4, new BigDecimal("1.001"), BigDecimal.ONE)))).isInstanceOf(DomainException.class);
        assertThat(as.as("plan-district", () -> plans.progress(street, 2031)).plan().compounds()).isEqualTo(4);
    }
}
