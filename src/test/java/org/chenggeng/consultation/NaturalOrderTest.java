package org.chenggeng.consultation;

import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** Natural order is a total order: labels that read as the same number stay apart, on the register and at the door. */
@ChenggengTest
class NaturalOrderTest {

    private static final List<String> LABELS = List.of("1", "01", "001", "1号楼", "01号楼", "2", "02", "10", "010",
            "1A", "1a", "", "A", "a", "1-1", "01-1", "1-01", "10号楼", "2号楼", "0", "00");

    @Autowired
    ConsultationFixture fixture;
    @Autowired
    HouseholdService households;
    @Autowired
    ResponseService responses;
    @Autowired
    TestUsers as;

    @Test
    void onlyEqualLabelsCompareEqualAndTheOrderIsAntisymmetricAndTransitive() {
        NaturalOrder order = NaturalOrder.INSTANCE;
        assertThat(order.compare("1", "01")).isNotZero();
        assertThat(new TreeSet<>(order) {{ addAll(LABELS); }}).hasSameSizeAs(LABELS);
        for (String a : LABELS) {
            for (String b : LABELS) {
                assertThat(order.compare(a, b) == 0).as(a + " vs " + b).isEqualTo(a.equals(b));
                assertThat(Integer.signum(order.compare(a, b))).as(a + " vs " + b)
                        .isEqualTo(-Integer.signum(order.compare(b, a)));
                for (String c : LABELS) {
                    if (order.compare(a, b) < 0 && order.compare(b, c) < 0) {
                        assertThat(order.compare(a, c)).as(a + " < " + b + " < " + c).isNegative();
                    }
                }
            }
        }
        List<String> sorted = new ArrayList<>(List.of("10号楼", "01号楼", "2号楼", "1号楼"));
        sorted.sort(order);
        assertThat(sorted).containsExactly("01号楼", "1号楼", "2号楼", "10号楼");
    }

    @Test
    void buildingsOneAndZeroOneAreTwoBuildingsOnTheRegisterAndOnTheDoorToDoorPage() throws Exception {
        var site = fixture.site(1);
        as.run("committee", () -> {
            households.create(site.compoundId(), new HouseholdData("1", "1", "101", new BigDecimal("50.00"), null, null));
            households.create(site.compoundId(), new HouseholdData("01", "01", "101", new BigDecimal("50.00"), null, null));
            households.create(site.compoundId(), new HouseholdData("01", "1", "101", new BigDecimal("50.00"), null, null));
        });
        Long round = fixture.round(site, RoundKind.NEEDS, null, Set.of());

        assertThat(as.as("committee", () -> households.buildings(site.compoundId())))
                .containsExactly("01", "1", "1号楼");
        var stairwells = as.as("committee", () -> responses.stairwells(round));
        assertThat(stairwells.keySet()).containsExactly("01", "1", "1号楼");
        assertThat(stairwells.get("01")).containsExactly("01", "1");
        assertThat(as.as("committee", () -> responses.doors(round, "01", "01"))).hasSize(1);
        assertThat(as.as("committee", () -> households.list(site.compoundId(), null)))
                .extracting(HouseholdRow::building).containsExactly("01", "01", "1", "1号楼");
    }
}
