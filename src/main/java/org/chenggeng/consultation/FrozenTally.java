package org.chenggeng.consultation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;

/**
 * The figures of a tally as they stood when its round closed: what the round, its report rows and the 立项 record
 * show for good, whatever the register says later. The ratios follow from these and the round's rule.
 */
@Embeddable
class FrozenTally {

    @Column(nullable = false)
    private int households;
    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal area;
    @Column(nullable = false)
    private int participating;
    @Column(name = "participating_area", nullable = false, precision = 14, scale = 2)
    private BigDecimal participatingArea;
    @Column(nullable = false)
    private int agree;
    @Column(name = "agree_area", nullable = false, precision = 14, scale = 2)
    private BigDecimal agreeArea;
    @Column(nullable = false)
    private int disagree;
    @Column(nullable = false)
    private int abstain;
    @Column(nullable = false)
    private int recorded;

    protected FrozenTally() {
    }

    FrozenTally(Tally t, int recorded) {
        this.households = t.households();
        this.area = t.area();
        this.participating = t.participating();
        this.participatingArea = t.participatingArea();
        this.agree = t.agree();
        this.agreeArea = t.agreeArea();
        this.disagree = t.disagree();
        this.abstain = t.abstain();
        this.recorded = recorded;
    }

    Tally tally(ConsentRule rule, RoundKind kind) {
        return Tally.of(rule, kind, households, area, participating, participatingArea, agree, agreeArea, disagree,
                abstain);
    }

    int recorded() {
        return recorded;
    }
}
