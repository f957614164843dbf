package org.chenggeng.support;

import org.chenggeng.consultation.Answer;
import org.chenggeng.consultation.ConsentRule;
import org.chenggeng.consultation.HouseholdData;
import org.chenggeng.consultation.HouseholdRow;
import org.chenggeng.consultation.HouseholdService;
import org.chenggeng.consultation.ResponseService;
import org.chenggeng.consultation.RoundData;
import org.chenggeng.consultation.RoundKind;
import org.chenggeng.consultation.RoundMethod;
import org.chenggeng.consultation.RoundService;
import org.chenggeng.consultation.ScopeKind;
import org.chenggeng.project.ProjectService;
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
    private final ProjectService projects;
    private final HouseholdService households;
    private final RoundService rounds;
    private final ResponseService responses;

    Consents(TestUsers as, ProjectService projects, HouseholdService households, RoundService rounds,
             ResponseService responses) {
        this.as = as;
        this.projects = projects;
        this.households = households;
        this.rounds = rounds;
        this.responses = responses;
    }

    /** Registers three households if the project's first compound has none, and has them all agree. */
    public Long pass(Long projectId) throws Exception {
        return as.as("admin", () -> {
            Long compound = projects.get(projectId).compounds().getFirst().id();
            List<HouseholdRow> register = households.list(compound, null);
            if (register.isEmpty()) {
                for (int i = 1; i <= 3; i++) {
                    households.create(compound, new HouseholdData("1号楼", "1单元", "10" + i, new BigDecimal("60.00"),
                            null, null));
                }
                register = households.list(compound, null);
            }
            Long round = rounds.create(projectId, new RoundData(RoundKind.CONSENT, RoundMethod.MEETING, compound,
                    ScopeKind.COMPOUND, List.of(), null, LocalDate.now().minusDays(1), null,
                    ConsentRule.TWO_THIRDS_HOUSEHOLDS, Set.of(), null));
            for (HouseholdRow h : register) {
                responses.record(round, new ResponseService.RecordRequest(h.id(), Answer.AGREE, Map.of(), false, false,
                        null, null));
            }
            rounds.close(round, rounds.get(round).round().version());
            return round;
        });
    }
}
