package org.chenggeng.plan;

import org.chenggeng.funding.FundingSourceRow;
import org.chenggeng.shared.xlsx.SheetColumn;

import java.util.ArrayList;
import java.util.List;

/**
 * A column of the plan list (项目清单): the fixed ones, then one planned-investment column per active funding source
 * (headed by its Chinese or English name, or its code). The headers are the file format, so they live here.
 */
record PlanListColumn(String zh, String en, Long sourceId, String code) implements SheetColumn {

    static final PlanListColumn REGION = new PlanListColumn("社区", "Community", null, null);
    static final PlanListColumn COMPOUND = new PlanListColumn("小区", "Compound", null, null);
    static final PlanListColumn YEAR_BUILT = new PlanListColumn("建成年份", "Year built", null, null);
    static final PlanListColumn BUILDINGS = new PlanListColumn("楼栋数", "Buildings", null, null);
    static final PlanListColumn HOUSEHOLDS = new PlanListColumn("户数", "Households", null, null);
    static final PlanListColumn FLOOR_AREA = new PlanListColumn("建筑面积（m²）", "Floor area (m²)", null, null);
    static final PlanListColumn CODE = new PlanListColumn("项目编号", "Project code", null, null);
    static final PlanListColumn NAME = new PlanListColumn("项目名称", "Project name", null, null);
    static final PlanListColumn YEAR = new PlanListColumn("年度", "Year", null, null);
    static final PlanListColumn UNIT = new PlanListColumn("实施单位", "Implementing unit", null, null);
    static final PlanListColumn WORKS = new PlanListColumn("改造内容及数量", "Works and quantities", null, null);

    static final List<PlanListColumn> FIXED = List.of(REGION, COMPOUND, YEAR_BUILT, BUILDINGS, HOUSEHOLDS, FLOOR_AREA,
            CODE, NAME, YEAR, UNIT, WORKS);

    /** Every column: the fixed ones with a planned-investment column per source after the implementing unit. */
    static List<PlanListColumn> all(List<FundingSourceRow> sources) {
        List<PlanListColumn> all = new ArrayList<>(FIXED.subList(0, FIXED.indexOf(WORKS)));
        sources.forEach(s -> all.add(new PlanListColumn(s.nameZh() + "（元）", s.nameEn() + " (yuan)", s.id(),
                s.code())));
        all.add(WORKS);
        return all;
    }

    static boolean required(PlanListColumn c) {
        return c == REGION || c == COMPOUND || c == CODE || c == NAME || c == YEAR;
    }

    @Override
    public List<String> headers() {
        return code == null ? List.of(zh, en) : List.of(zh, en, code);
    }
}
