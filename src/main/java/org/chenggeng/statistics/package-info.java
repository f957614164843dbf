/**
 * The monthly statistics form (统计月报) and its submission (报送): a region's form has a row per sub-region and a
 * total, with the year's plan beside the compounds, households, buildings and floor area started and completed and
 * the investment planned and completed by source, and the rates against plan. A street official submits its month as
 * an immutable snapshot; the level above accepts it or returns it with a reason, and its own form sums the accepted
 * snapshots of the regions below it. See decision 0020.
 */
package org.chenggeng.statistics;
