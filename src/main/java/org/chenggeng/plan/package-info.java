/**
 * Annual renovation plans (年度改造计划): per region and year, set by the level above (an official of a region above
 * it, or an administrator), what is to be renovated (compounds, households, buildings, floor area) and invested.
 * {@link org.chenggeng.plan.AnnualPlanService} shows each plan beside what the region's projects of that year have
 * done: 开工率 and 完工率 against the plan (which can pass 100 %) and against the projects, by count and by households,
 * as the national statistics print them, and 投资完成率. See decision 0019.
 */
package org.chenggeng.plan;
