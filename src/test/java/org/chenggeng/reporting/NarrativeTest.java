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

/** The narrative's word order, sharing of verbs, separators, omissions and 万, on a hand-made catalogue. */
class NarrativeTest {

    /** The bundle's two Chinese leads: the usual one, and the one for a sentence whose groups say 改造 themselves. */
    static final Narrative.Lead ZH_LEAD = new Narrative.Lead("更新改造中共", "更新中，共");

    private static WorkTypeData type(String code, ReportSection section, int order, String verbZh, String objectZh,
                                     PhraseOrder phrase, Unit unit, String verbEn, String objectEn, String plural,
                                     boolean narrative) {
        return new WorkTypeData(code, objectZh, objectEn, WorkCategory.BASIC, unit, section, verbZh, objectZh, phrase,
                verbEn, objectEn, plural, order, narrative);
    }

    private static final WorkTypeData WELL = type("WELL", ReportSection.DRAINAGE, 2, "清淘", "污水井",
            PhraseOrder.QUANTITY_THEN_OBJECT, Unit.SEAT, "dredged", "sewage well", "sewage wells", true);
    private static final WorkTypeData TANK = type("TANK", ReportSection.DRAINAGE, 1, "清淘", "化粪池",
            PhraseOrder.QUANTITY_THEN_OBJECT, Unit.SEAT, "dredged", "septic tank", "septic tanks", true);
    private static final WorkTypeData PIPE = type("PIPE", ReportSection.DRAINAGE, 3, "疏通", "排水管",
            PhraseOrder.OBJECT_THEN_QUANTITY, Unit.METER, "cleared", "drain pipe", "drain pipes", true);
    private static final WorkTypeData ROAD = type("ROAD", ReportSection.ROADS, 1, "铺装", "小区道路",
            PhraseOrder.OBJECT_THEN_QUANTITY, Unit.SQUARE_METER, "paved", "compound roads", "compound roads", true);
    private static final WorkTypeData LINES = type("LINES", ReportSection.LINES, 1, "治理", "社区外露线网",
            PhraseOrder.OBJECT_THEN_QUANTITY, Unit.METER, "tidied", "exposed overhead cabling",
            "exposed overhead cabling", true);
    private static final WorkTypeData KIOSK = type("KIOSK", ReportSection.FACILITIES, 1, "新建", "报刊亭",
            PhraseOrder.OBJECT_THEN_QUANTITY, Unit.SEAT, "built", "kiosk", "kiosks", false);

    private static Narrative.Line line(WorkTypeData t, String q) {
        return new Narrative.Line(t, new BigDecimal(q));
    }

    private static String zh(boolean tenThousands, Narrative.Line... lines) {
        return Narrative.write(List.of(lines), Locale.SIMPLIFIED_CHINESE, ZH_LEAD, "等。", tenThousands);
    }

    @Test
    void sectionsInOrderSameVerbsSharedDifferentVerbsByCommaAndTheListEndsWithDeng() {
        String s = zh(false, line(ROAD, "11642.00"), line(PIPE, "300"), line(WELL, "869"), line(TANK, "39"),
                line(LINES, "1742"));
        assertThat(s).isEqualTo("更新改造中共治理社区外露线网1742米；清淘39座化粪池、869座污水井，疏通排水管300米；"
                + "铺装小区道路11642平方米等。");
    }

    @Test
    void zeroAndNegativeQuantitiesAndTypesLeftToDengAreNotNamed() {
        String s = zh(false, line(TANK, "0"), line(WELL, "12"), line(PIPE, "-5"), line(KIOSK, "3"));
        assertThat(s).isEqualTo("更新改造中共清淘12座污水井等。");
        assertThat(zh(false, line(TANK, "0"), line(KIOSK, "3"))).isNull();
    }

    @Test
    void decimalsFollowTheQuantityAndLargeFiguresMayBeWrittenInWan() {
        assertThat(zh(false, line(ROAD, "1250.50"))).isEqualTo("更新改造中共铺装小区道路1250.5平方米等。");
        assertThat(zh(true, line(ROAD, "51600"), line(PIPE, "9999"))).isEqualTo(
                "更新改造中共疏通排水管9999米；铺装小区道路5.16万平方米等。");
    }

    @Test
    void englishSaysTheSameInEnglish() {
        String s = Narrative.write(List.of(line(LINES, "1742"), line(TANK, "39"), line(WELL, "869"), line(PIPE, "1"),
                line(ROAD, "11642")), Locale.ENGLISH, Narrative.Lead.of("The renewal "), ", among others.", true);
        assertThat(s).isEqualTo("The renewal tidied 1,742 m of exposed overhead cabling; dredged 39 septic tanks and "
                + "869 sewage wells, cleared 1 m of drain pipe; paved 11,642 m² of compound roads, among others.");
        assertThat(Narrative.write(List.of(line(TANK, "1")), Locale.ENGLISH, Narrative.Lead.of(""), ".", false)).isEqualTo(
                "dredged 1 septic tank.");
    }
}
