package org.chenggeng.summary;

import org.chenggeng.project.ProjectFilter;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.chenggeng.work.ImportFixture;
import org.chenggeng.work.ProgressService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The project-by-project reads of the summaries (the dashboard's drill-downs) apply the user's scope themselves:
 * they take a filter, not project ids, and the queries that trust ids are not reachable from other modules.
 */
@ChenggengTest
class RollupScopeTest {

    @Autowired
    ImportFixture fixture;
    @Autowired
    ProgressService progress;
    @Autowired
    RollupReadService reads;
    @Autowired
    TestUsers as;

    @Test
    void theDrillDownsShowOnlyProjectsInTheUsersScope() throws Exception {
        ImportFixture.Site site = fixture.site();
        Long item = fixture.item(site.projectId(), "BENCH", "40", "东门");
        as.as(site.manager(), () -> progress.log(new ProgressService.LogRequest(item, LocalDate.of(2025, 3, 3),
                new BigDecimal("7"), null, false)));
        long bench = fixture.typeId("BENCH");
        YearMonth march = YearMonth.of(2025, 3);

        List<RollupReadService.ProjectFigure> adminType = as.as("admin",
                () -> reads.withType(ProjectFilter.none(), bench));
        List<RollupReadService.ProjectFigure> committeeType = as.as("committee",
                () -> reads.withType(ProjectFilter.none(), bench));
        List<RollupReadService.ProjectFigure> committeeActive = as.as("committee",
                () -> reads.activeIn(ProjectFilter.none(), march));

        assertThat(adminType).filteredOn(f -> f.project().id() == site.projectId()).singleElement()
                .satisfies(f -> assertThat(f.completed()).isEqualByComparingTo("7"));
        assertThat(as.as("admin", () -> reads.activeIn(ProjectFilter.none(), march)))
                .extracting(f -> f.project().id()).contains(site.projectId());
        assertThat(committeeType).extracting(f -> f.project().id()).doesNotContain(site.projectId());
        assertThat(committeeActive).extracting(f -> f.project().id()).doesNotContain(site.projectId());
    }

    @Test
    void noPublicReadTakesProjectIds() {
        List<Method> byIds = Arrays.stream(RollupReadService.class.getMethods())
                .filter(m -> m.getDeclaringClass() == RollupReadService.class)
                .filter(m -> Arrays.stream(m.getParameterTypes()).anyMatch(Collection.class::isAssignableFrom))
                .toList();

        assertThat(byIds).isEmpty();
        assertThat(Modifier.isPublic(RollupQueries.class.getModifiers())).isFalse();
    }
}
