package org.chenggeng.reporting;

import org.chenggeng.work.PhraseOrder;
import org.chenggeng.work.ReportSection;
import org.chenggeng.work.Unit;
import org.chenggeng.work.WorkCategory;
import org.chenggeng.work.WorkTypeData;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The official's order of the narrative's sections, its ending with or without 等, and 改造 said once. */
class NarrativeStyleTest {

    private static WorkTypeData type(String code, ReportSection section, int order, String verb, String object,
                                     Unit unit) {
        return new WorkTypeData(code, object, object, WorkCategory.BASIC, unit, section, verb, object,
                PhraseOrder.OBJECT_THEN_QUANTITY, "renewed", object, object, order, true);
    }

    private static final WorkTypeData RAIN = type("RAIN", ReportSection.DRAINAGE, 1, "改造", "雨污分流管道", Unit.METER);
    private static final WorkTypeData WATER = type("WATER", ReportSection.UTILITIES, 1, "改造", "供水管网", Unit.METER);
    private static final WorkTypeData GAS = type("GAS", ReportSection.UTILITIES, 2, "改造", "燃气管道", Unit.METER);
    private static final WorkTypeData ROAD = type("ROAD", ReportSection.ROADS, 1, "硬化", "道路", Unit.SQUARE_METER);
    private static final WorkTypeData SHED = type("SHED", ReportSection.PARKING, 1, "增设", "停车棚", Unit.PLACE);

    private static List<Narrative.Line> lines() {
        return List.of(new Narrative.Line(RAIN, new BigDecimal("2666")), new Narrative.Line(WATER,
                new BigDecimal("3200")), new Narrative.Line(GAS, new BigDecimal("80")),
                new Narrative.Line(ROAD, new BigDecimal("1500")), new Narrative.Line(SHED, new BigDecimal("4")));
    }

    private static String zh(NarrativeStyle style, String ending) {
        return Narrative.write(lines(), Locale.SIMPLIFIED_CHINESE, NarrativeTest.ZH_LEAD, ending, false, style);
    }

    @Test
    void gaizaoIsSaidOnceEvenAcrossSectionsAndTheLeadDropsIt() {
        String s = zh(NarrativeStyle.USUAL, "等。");
        assertThat(s).isEqualTo("更新中，共改造雨污分流管道2666米、供水管网3200米、燃气管道80米；硬化道路1500平方米；"
                + "增设停车棚4处等。");
        assertThat(s.split("改造", -1)).hasSize(2);
    }

    @Test
    void theChosenSectionsComeFirstInTheChosenOrderAndTheSentenceMayEndWithoutDeng() {
        String s = zh(new NarrativeStyle(List.of(ReportSection.PARKING, ReportSection.ROADS), false), "。");
        assertThat(s).isEqualTo("更新中，共增设停车棚4处；硬化道路1500平方米；改造雨污分流管道2666米、供水管网3200米、"
                + "燃气管道80米。");
        assertThat(s).doesNotContain("等");
    }

    @Test
    void withoutGaizaoVerbsTheLeadIsKept() {
        String s = Narrative.write(List.of(new Narrative.Line(ROAD, new BigDecimal("10"))), Locale.SIMPLIFIED_CHINESE,
                NarrativeTest.ZH_LEAD, "等。", false, NarrativeStyle.USUAL);
        assertThat(s).isEqualTo("更新改造中共硬化道路10平方米等。");
    }
}
