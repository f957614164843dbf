package org.chenggeng.reporting;

import org.chenggeng.funding.FundingService;
import org.chenggeng.funding.FundingSourceRow;

import java.math.BigDecimal;
import java.util.List;

/**
 * The dashboard's figures of size and money: the floor area of the matching projects' compounds (m², each compound
 * once), their planned and completed investment (元) and 投资完成率, and each source's share.
 */
public record MoneyFigures(BigDecimal floorArea, BigDecimal planned, BigDecimal completed, List<SourceLine> sources) {

    /** A source's planned and completed money. */
    public record SourceLine(FundingSourceRow source, BigDecimal planned, BigDecimal completed) {

        public BigDecimal rate() {
            return FundingService.rate(completed, planned);
        }
    }

    public BigDecimal rate() {
        return FundingService.rate(completed, planned);
    }
}
