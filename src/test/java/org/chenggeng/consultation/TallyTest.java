package org.chenggeng.consultation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The consent rules at and around their thresholds, and against a brute-force count over random rounds. */
class TallyTest {

    private static Tally.Vote vote(String area, Answer answer) {
        return new Tally.Vote(new BigDecimal(area), answer);
    }

    private static List<Tally.Vote> votes(int n, String area, Answer answer) {
        return new ArrayList<>(Collections.nCopies(n, vote(area, answer)));
    }

    private static List<Tally.Vote> concat(List<Tally.Vote>... parts) {
        return Stream.of(parts).flatMap(List::stream).toList();
    }

    @Test
    void exactlyTwoThirdsOfAllHouseholdsAgreeingPasses() {
        Tally t = Tally.of(ConsentRule.TWO_THIRDS_HOUSEHOLDS, RoundKind.CONSENT,
                concat(votes(6, "50", Answer.AGREE), votes(3, "50", Answer.DISAGREE)));
        assertThat(t.ratios()).singleElement().satisfies(r -> {
            assertThat(r.numerator()).isEqualByComparingTo("6");
            assertThat(r.denominator()).isEqualByComparingTo("9");
            assertThat(r.passes()).isTrue();
        });
        assertThat(t.passed()).isTrue();
    }

    @Test
    void oneHouseholdShortOfTwoThirdsFails() {
        Tally t = Tally.of(ConsentRule.TWO_THIRDS_HOUSEHOLDS, RoundKind.CONSENT,
                concat(votes(5, "50", Answer.AGREE), votes(1, "50", Answer.ABSTAIN), votes(3, "50", null)));
        assertThat(t.passed()).isFalse();
        assertThat(t.ratios().getFirst().percent()).isEqualByComparingTo("55.55");
    }

    @Test
    void twoThirdsRoundedForDisplayNeverLooksLikeMore() {
        Ratio justBelow = new Ratio(Ratio.Measure.AGREEMENT_ALL_HOUSEHOLDS, new BigDecimal("666"),
                new BigDecimal("1000"), 2, 3);
        assertThat(justBelow.passes()).isFalse();
        assertThat(justBelow.percent()).isEqualByComparingTo("66.60");
        Ratio exact = new Ratio(Ratio.Measure.AGREEMENT_ALL_HOUSEHOLDS, new BigDecimal("2"), new BigDecimal("3"), 2, 3);
        assertThat(exact.passes()).isTrue();
        assertThat(exact.percent()).isEqualByComparingTo("66.66");
    }

    @Test
    void civilCodeAtEveryThresholdExactlyPasses() {
        // 12 households of 10 m²: 8 take part (exactly 2/3), 6 of them agree (exactly 3/4)
        Tally t = Tally.of(ConsentRule.CIVIL_CODE_278, RoundKind.CONSENT, concat(votes(6, "10", Answer.AGREE),
                votes(1, "10", Answer.DISAGREE), votes(1, "10", Answer.ABSTAIN), votes(2, "10", Answer.NOT_REACHED),
                votes(2, "10", null)));
        assertThat(t.ratios()).extracting(Ratio::measure).containsExactly(Ratio.Measure.PARTICIPATION_AREA,
                Ratio.Measure.PARTICIPATION_HOUSEHOLDS, Ratio.Measure.AGREEMENT_AREA, Ratio.Measure.AGREEMENT_HOUSEHOLDS);
        assertThat(t.ratios()).allMatch(Ratio::passes);
        assertThat(t.passed()).isTrue();
        assertThat(t.participating()).isEqualTo(8);
        assertThat(t.participatingArea()).isEqualByComparingTo("80");
    }

    @Test
    void areaAndHeadcountCanDisagree() {
        // 4 small flats agree, 1 large flat disagrees: 4/5 of households agree but only 40/140 of the area
        Tally t = Tally.of(ConsentRule.CIVIL_CODE_278, RoundKind.CONSENT,
                concat(votes(4, "10", Answer.AGREE), votes(1, "100", Answer.DISAGREE)));
        Ratio households = t.ratios().get(3);
        Ratio area = t.ratios().get(2);
        assertThat(households.passes()).isTrue();
        assertThat(area.passes()).isFalse();
        assertThat(area.numerator()).isEqualByComparingTo("40");
        assertThat(area.denominator()).isEqualByComparingTo("140");
        assertThat(t.passed()).isFalse();
    }

    @Test
    void nobodyTakingPartFailsWithoutDividingByZero() {
        Tally t = Tally.of(ConsentRule.CIVIL_CODE_278, RoundKind.CONSENT,
                concat(votes(3, "60", Answer.NOT_REACHED), votes(2, "60", null)));
        assertThat(t.participating()).isZero();
        assertThat(t.ratios()).noneMatch(Ratio::passes);
        assertThat(t.ratios().get(2).percent()).isNull();
        assertThat(t.passed()).isFalse();
        Tally empty = Tally.of(ConsentRule.TWO_THIRDS_HOUSEHOLDS, RoundKind.CONSENT, List.of());
        assertThat(empty.households()).isZero();
        assertThat(empty.passed()).isFalse();
    }

    @Test
    void aRoundThatDecidesNothingNeverPassesAndSatisfactionIsARate() {
        Tally needs = Tally.of(null, RoundKind.NEEDS, votes(3, "50", Answer.AGREE));
        assertThat(needs.ratios()).isEmpty();
        assertThat(needs.passed()).isFalse();
        Tally satisfaction = Tally.of(null, RoundKind.SATISFACTION,
                concat(votes(9, "50", Answer.AGREE), votes(1, "50", Answer.DISAGREE), votes(2, "50", Answer.NOT_REACHED)));
        assertThat(satisfaction.ratios()).singleElement().satisfies(r -> {
            assertThat(r.measure()).isEqualTo(Ratio.Measure.SATISFACTION);
            assertThat(r.percent()).isEqualByComparingTo("90.00");
        });
    }

    static LongStream seeds() {
        return LongStream.range(1, 401);
    }

    /** Each random round counted by the tally and by a plain brute-force count in integer cents agree. */
    @ParameterizedTest
    @MethodSource("seeds")
    void agreesWithABruteForceCount(long seed) {
        Random random = new Random(seed);
        int n = random.nextInt(40);
        List<Tally.Vote> votes = new ArrayList<>();
        Answer[] answers = {Answer.AGREE, Answer.DISAGREE, Answer.ABSTAIN, Answer.NOT_REACHED, null};
        // bias towards the thresholds so that exact boundaries occur
        double agreeShare = 0.5 + random.nextDouble() * 0.5;
        for (int i = 0; i < n; i++) {
            String area = random.nextBoolean() ? "60.00" : (20 + random.nextInt(100)) + "." + String.format("%02d", random.nextInt(100));
            Answer a = random.nextDouble() < agreeShare ? Answer.AGREE : answers[1 + random.nextInt(4)];
            votes.add(vote(area, a));
        }
        ConsentRule rule = random.nextBoolean() ? ConsentRule.CIVIL_CODE_278 : ConsentRule.TWO_THIRDS_HOUSEHOLDS;

        long households = votes.size();
        long areaCents = 0;
        long took = 0;
        long tookCents = 0;
        long agreed = 0;
        long agreedCents = 0;
        for (Tally.Vote v : votes) {
            long cents = v.area().movePointRight(2).longValueExact();
            areaCents += cents;
            if (v.answer() == Answer.AGREE || v.answer() == Answer.DISAGREE || v.answer() == Answer.ABSTAIN) {
                took++;
                tookCents += cents;
            }
            if (v.answer() == Answer.AGREE) {
                agreed++;
                agreedCents += cents;
            }
        }
        boolean expected = rule == ConsentRule.TWO_THIRDS_HOUSEHOLDS
                ? households > 0 && 3 * agreed >= 2 * households
                : areaCents > 0 && 3 * tookCents >= 2 * areaCents
                && households > 0 && 3 * took >= 2 * households
                && tookCents > 0 && 4 * agreedCents >= 3 * tookCents
                && took > 0 && 4 * agreed >= 3 * took;

        Tally t = Tally.of(rule, RoundKind.CONSENT, votes);
        assertThat(t.passed()).as("seed %d", seed).isEqualTo(expected);
        assertThat(t.households()).isEqualTo((int) households);
        assertThat(t.participating()).isEqualTo((int) took);
        assertThat(t.agree()).isEqualTo((int) agreed);
        assertThat(t.agreeArea().movePointRight(2).longValueExact()).isEqualTo(agreedCents);
        assertThat(t.participatingArea().movePointRight(2).longValueExact()).isEqualTo(tookCents);
    }
}
