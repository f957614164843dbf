package org.chenggeng.consultation;

import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random rounds recorded through the services (answers changed along the way, some households never visited)
 * are tallied from the database exactly as a brute-force count of the final answers says.
 */
@ChenggengTest
class RoundTallyPropertiesTest {

    @Autowired
    ConsultationFixture fixture;
    @Autowired
    RoundService rounds;
    @Autowired
    ResponseService responses;
    @Autowired
    TestUsers as;

    @ParameterizedTest
    @ValueSource(longs = {3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377, 610})
    void theStoredTallyMatchesABruteForceCount(long seed) throws Exception {
        Random random = new Random(seed);
        int n = 3 + random.nextInt(14);
        String[] areas = new String[n];
        for (int i = 0; i < n; i++) {
            areas[i] = random.nextInt(4) == 0 ? "60.00" : (30 + random.nextInt(90)) + "." + String.format("%02d", random.nextInt(100));
        }
        var site = fixture.site(areas);
        ConsentRule rule = random.nextBoolean() ? ConsentRule.CIVIL_CODE_278 : ConsentRule.TWO_THIRDS_HOUSEHOLDS;
        Long round = fixture.round(site, RoundKind.CONSENT, rule, Set.of());
        Map<Long, Answer> last = new HashMap<>();
        Map<Long, Long> versions = new HashMap<>();
        for (int step = 0; step < n * 2; step++) {
            HouseholdRow h = site.household(random.nextInt(n));
            Answer a = random.nextDouble() < 0.7 ? Answer.AGREE : Answer.values()[random.nextInt(4)];
            as.run("committee", () -> responses.record(round, new ResponseService.RecordRequest(h.id(), a, Map.of(),
                    false, false, null, versions.get(h.id()))));
            last.put(h.id(), a);
            versions.put(h.id(), as.as("committee", () -> responses.doors(round, h.building(), h.unit())).stream()
                    .filter(d -> d.household().id().equals(h.id())).findFirst().orElseThrow().answerVersion());
        }

        int took = 0;
        int agreed = 0;
        BigDecimal area = BigDecimal.ZERO;
        BigDecimal tookArea = BigDecimal.ZERO;
        BigDecimal agreedArea = BigDecimal.ZERO;
        for (HouseholdRow h : site.households()) {
            area = area.add(h.floorArea());
            Answer a = last.get(h.id());
            if (a != null && a != Answer.NOT_REACHED) {
                took++;
                tookArea = tookArea.add(h.floorArea());
            }
            if (a == Answer.AGREE) {
                agreed++;
                agreedArea = agreedArea.add(h.floorArea());
            }
        }
        boolean expected = rule == ConsentRule.TWO_THIRDS_HOUSEHOLDS ? 3 * agreed >= 2 * n
                : tookArea.multiply(BigDecimal.valueOf(3)).compareTo(area.multiply(BigDecimal.TWO)) >= 0
                && 3 * took >= 2 * n && took > 0
                && agreedArea.multiply(BigDecimal.valueOf(4)).compareTo(tookArea.multiply(BigDecimal.valueOf(3))) >= 0
                && 4 * agreed >= 3 * took;

        var stored = as.as("official", () -> rounds.get(round)).round();
        assertThat(stored.recorded()).isEqualTo(last.size());
        assertThat(stored.tally().participating()).isEqualTo(took);
        assertThat(stored.tally().agree()).isEqualTo(agreed);
        assertThat(stored.tally().agreeArea()).isEqualByComparingTo(agreedArea);
        assertThat(stored.tally().participatingArea()).isEqualByComparingTo(tookArea);
        assertThat(stored.tally().passed()).as("seed %d, rule %s", seed, rule).isEqualTo(expected);
        assertThat(List.of(stored.households())).containsExactly(n);
    }
}
