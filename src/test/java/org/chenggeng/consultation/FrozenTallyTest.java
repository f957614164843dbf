package org.chenggeng.consultation;

import org.chenggeng.project.ProjectAccess;
import org.chenggeng.project.ProjectLifecycle;
import org.chenggeng.project.TransitionRequest;
import org.chenggeng.project.ProjectStatus;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A closed round's tally, its report rows and its 立项 record agree for good, whatever the register does later. */
@ChenggengTest
class FrozenTallyTest {

    @Autowired
    ConsultationFixture fixture;
    @Autowired
    RoundService rounds;
    @Autowired
    HouseholdService households;
    @Autowired
    ProjectAccess projects;
    @Autowired
    ProjectLifecycle lifecycle;
    @Autowired
    ConsultationReadService reads;
    @Autowired
    FrozenTallies frozenTallies;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestUsers as;

    private Tally tally(Long round) throws Exception {
        return as.as("official", () -> rounds.get(round).round().tally());
    }

    /** The register changes after closing: a household moves in, another's floor area is corrected. */
    private void changeRegister(ConsultationFixture.Site site) throws Exception {
        as.run("committee", () -> {
            households.create(site.compoundId(), new HouseholdData("1号楼", "9单元", "901", new BigDecimal("75.30"),
                    "新住户", null));
            HouseholdRow first = site.household(0);
            households.update(first.id(), households.list(site.compoundId(), null).getFirst().version(),
                    new HouseholdData(first.building(), first.unit(), "101", new BigDecimal("99.00"), "测试户主0", null));
        });
    }

    @Test
    void aClosedRoundItsReportFiguresAndItsApprovalRecordKeepTheirFiguresWhenTheRegisterChanges() throws Exception {
        var site = fixture.site("60.00", "60.00", "60.00");
        Long round = fixture.round(site, RoundKind.CONSENT, ConsentRule.CIVIL_CODE_278, Set.of());
        fixture.answer(round, site, Answer.AGREE, Answer.AGREE, Answer.AGREE);
        fixture.close(round);
        as.run("official", () -> lifecycle.transition(site.projectId(), new TransitionRequest(
                projects.get(site.projectId()).version(), ProjectStatus.APPROVED, null, null, null)));
        String recorded = as.as("official", () -> lifecycle.history(site.projectId())).getLast().consentTally();

        changeRegister(site);

        Tally after = tally(round);
        assertThat(List.of(after.households(), after.participating(), after.agree())).containsExactly(3, 3, 3);
        assertThat(after.area()).isEqualByComparingTo("180.00");
        assertThat(after.participatingArea()).isEqualByComparingTo("180.00");
        assertThat(recorded).contains("参与表决的专有面积 180/180").contains("3/3");
        var row = as.as("official", () -> rounds.rounds(site.projectId())).getFirst();
        assertThat(row.households()).isEqualTo(3);
        assertThat(row.tally()).isEqualTo(after);
        var figures = as.as("official", () -> reads.figures(List.of(site.projectId())));
        assertThat(List.of(figures.households(), figures.participating())).containsExactly(3, 3);
        assertThat(as.as("official", () -> lifecycle.history(site.projectId())).getLast().consentTally())
                .isEqualTo(recorded);
    }

    @Test
    void anOpenRoundStillCountsTheRegisterAsItStands() throws Exception {
        var site = fixture.site("60.00", "60.00");
        Long round = fixture.round(site, RoundKind.CONSENT, ConsentRule.TWO_THIRDS_HOUSEHOLDS, Set.of());
        changeRegister(site);
        assertThat(tally(round).households()).isEqualTo(3);
        assertThat(tally(round).area()).isEqualByComparingTo("234.30");
    }

    @Test
    void aRoundClosedBeforeTalliesWereKeptIsFrozenOnceAtStartUpAndKeepsThoseFiguresFromThenOn() throws Exception {
        var site = fixture.site("60.00", "70.00");
        Long round = fixture.round(site, RoundKind.CONSENT, ConsentRule.TWO_THIRDS_HOUSEHOLDS, Set.of());
        fixture.answer(round, site, Answer.AGREE, Answer.DISAGREE);
        fixture.close(round);
        // as a database migrated from before 008 has it: closed, no figures kept
        jdbc.update("delete from consultation_round_tally where round_id = ?", round);
        assertThat(jdbc.queryForList("select r.id from consultation_round r where r.status = 'CLOSED' and not exists"
                + " (select 1 from consultation_round_tally t where t.round_id = r.id)", Long.class)).contains(round);

        frozenTallies.run(null);
        changeRegister(site);

        assertThat(jdbc.queryForObject("select households from consultation_round_tally where round_id = ? and item_key = 0",
                Integer.class, round)).isEqualTo(2);
        assertThat(tally(round).households()).isEqualTo(2);
        assertThat(tally(round).area()).isEqualByComparingTo("130.00");
        assertThat(tally(round).agree()).isEqualTo(1);
    }
}
