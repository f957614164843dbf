package org.chenggeng.consultation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The count of a round (or of one proposed work item in it) over the households in its scope, and the ratios its
 * consent rule tests. Built only from exact integers and decimals.
 *
 * @param rule the consent rule, or {@code null} for a round that decides nothing
 */
public record Tally(ConsentRule rule, int households, BigDecimal area, int participating, BigDecimal participatingArea,
                    int agree, BigDecimal agreeArea, int disagree, int abstain, List<Ratio> ratios) {

    /** One household in scope: its floor area and its answer, {@code null} while none is recorded. */
    public record Vote(BigDecimal area, Answer answer) {
    }

    public Tally {
        ratios = List.copyOf(ratios);
    }

    /** Whether the rule is met: every ratio passes. A tally without a rule never passes. */
    public boolean passed() {
        return rule != null && !ratios.isEmpty() && ratios.stream().allMatch(Ratio::passes);
    }

    /**
     * Counts the votes of the households in scope. In a satisfaction round the ratio of satisfied to
     * participating households is reported (without a threshold to pass).
     */
    public static Tally of(ConsentRule rule, RoundKind kind, Collection<Vote> votes) {
        int households = 0;
        int participating = 0;
        int agree = 0;
        int disagree = 0;
        int abstain = 0;
        BigDecimal area = BigDecimal.ZERO;
        BigDecimal participatingArea = BigDecimal.ZERO;
        BigDecimal agreeArea = BigDecimal.ZERO;
        for (Vote v : votes) {
            households++;
            area = area.add(v.area());
            if (v.answer() == null || !v.answer().participates()) {
                continue;
            }
            participating++;
            participatingArea = participatingArea.add(v.area());
            switch (v.answer()) {
                case AGREE -> {
                    agree++;
                    agreeArea = agreeArea.add(v.area());
                }
                case DISAGREE -> disagree++;
                case ABSTAIN -> abstain++;
                case NOT_REACHED -> throw new IllegalStateException();
            }
        }
        return of(rule, kind, households, area, participating, participatingArea, agree, agreeArea, disagree, abstain);
    }

    /** The tally of figures counted before, such as those a round froze when it closed. */
    static Tally of(ConsentRule rule, RoundKind kind, int households, BigDecimal area, int participating,
                    BigDecimal participatingArea, int agree, BigDecimal agreeArea, int disagree, int abstain) {
        List<Ratio> ratios = new ArrayList<>();
        if (kind == RoundKind.CONSENT && rule == ConsentRule.CIVIL_CODE_278) {
            ratios.add(new Ratio(Ratio.Measure.PARTICIPATION_AREA, participatingArea, area, 2, 3));
            ratios.add(new Ratio(Ratio.Measure.PARTICIPATION_HOUSEHOLDS, count(participating), count(households), 2, 3));
            ratios.add(new Ratio(Ratio.Measure.AGREEMENT_AREA, agreeArea, participatingArea, 3, 4));
            ratios.add(new Ratio(Ratio.Measure.AGREEMENT_HOUSEHOLDS, count(agree), count(participating), 3, 4));
        } else if (kind == RoundKind.CONSENT && rule == ConsentRule.TWO_THIRDS_HOUSEHOLDS) {
            ratios.add(new Ratio(Ratio.Measure.AGREEMENT_ALL_HOUSEHOLDS, count(agree), count(households), 2, 3));
        } else if (kind == RoundKind.SATISFACTION) {
            ratios.add(new Ratio(Ratio.Measure.SATISFACTION, count(agree), count(participating), 0, 1));
        }
        return new Tally(kind == RoundKind.CONSENT ? rule : null, households, area, participating, participatingArea,
                agree, agreeArea, disagree, abstain, ratios);
    }

    private static BigDecimal count(int n) {
        return BigDecimal.valueOf(n);
    }
}
