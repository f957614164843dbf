package org.chenggeng.support;

import org.chenggeng.consultation.Answer;
import org.chenggeng.consultation.ConsentRule;
import org.chenggeng.consultation.HouseholdData;
import org.chenggeng.consultation.HouseholdRow;
import org.chenggeng.consultation.HouseholdService;
import org.chenggeng.consultation.RoundData;
import org.chenggeng.consultation.RoundKind;
import org.chenggeng.consultation.RoundMethod;
import org.chenggeng.consultation.RoundService;
import org.chenggeng.consultation.SampleData;
import org.chenggeng.region.CompoundService;
import org.chenggeng.consultation.ScopeKind;
import org.chenggeng.project.ProjectAccess;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Gives a project in 征询 the passed consent round that 立项 needs, as administrator. */
@Component
public class Consents {

    private final TestUsers as;
    private final ProjectAccess projects;
    private final HouseholdService households;
    private final RoundService rounds;
    private final SampleData sample;

    Consents(TestUsers as, ProjectAccess projects, HouseholdService households, RoundService rounds,
             SampleData sample) {
        this.as = as;
        this.projects = projects;
        this.households = households;
        this.rounds = rounds;
        this.sample = sample;
    }

    /**
     * Registers each of the project's compounds in full (as many households and as much floor area as its record) if
     * its register is empty, and has every household agree; returns the round of the first compound.
     */
    public Long pass(Long projectId) throws Exception {
        return as.as("admin", () -> {
            Long first = null;
            for (CompoundService.CompoundRow record : projects.get(projectId).compounds()) {
                Long round = pass(projectId, record);
                first = first == null ? round : first;
            }
            return first;
        });
    }

    private Long pass(Long projectId, CompoundService.CompoundRow record) {
        Long compound = record.id();
        List<HouseholdRow> register = households.list(compound, null);
        if (register.isEmpty()) {
            sample.register(compound, completeRegister(record));
            register = households.list(compound, null);
        }
        Long round = rounds.create(projectId, new RoundData(RoundKind.CONSENT, RoundMethod.MEETING, compound,
                ScopeKind.COMPOUND, List.of(), null, LocalDate.now().minusDays(1), null,
                ConsentRule.TWO_THIRDS_HOUSEHOLDS, Set.of(), null));
        sample.answer(round, "admin", register.stream()
                .map(h -> new SampleData.SampleAnswer(h.id(), Answer.AGREE, Map.of(), false, null)).toList());
        rounds.close(round, rounds.get(round).round().version());
        return round;
    }

    /** Households in stairwells of twelve whose floor areas add up to the compound's record to the cent. */
    static List<HouseholdData> completeRegister(CompoundService.CompoundRow record) {
        long cents = record.floorArea().movePointRight(2).longValueExact();
        int n = record.households();
        List<HouseholdData> register = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            long area = cents / n + (i < cents % n ? 1 : 0);
            register.add(new HouseholdData("1号楼", (i / 12 + 1) + "单元", String.valueOf(101 + i % 12),
                    BigDecimal.valueOf(area, 2), null, null));
        }
        return register;
    }
}
