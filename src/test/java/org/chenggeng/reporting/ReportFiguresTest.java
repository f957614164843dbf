package org.chenggeng.reporting;

import org.chenggeng.consultation.ConsultationReadService;
import org.chenggeng.consultation.FeedbackService;
import org.chenggeng.work.PhraseOrder;
import org.chenggeng.work.ReportSection;
import org.chenggeng.work.Unit;
import org.chenggeng.work.WorkCategory;
import org.chenggeng.work.WorkTypeData;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Subtotals add only one unit of measure, and rates are rounded half up to one decimal (decision 0011). */
class ReportFiguresTest {

    private static WorkTypeData type(String code, String name, Unit unit, ReportSection section, int order) {
        return new WorkTypeData(code, name, code, WorkCategory.BASIC, unit, section, "新增", name,
                PhraseOrder.OBJECT_THEN_QUANTITY, "added", code, code, order, true);
    }

    private static Report.TypeFigure figure(WorkTypeData type, String planned, String completed) {
        return new Report.TypeFigure(type, 1, new BigDecimal(planned), new BigDecimal(completed));
    }

    private static ReportContent content(List<Report.TypeFigure> types, Report.Headline headline,
                                         ConsultationReadService.Figures consultation) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        Report report = new Report(ReportRequest.project(1L, Period.year(2022)), Locale.SIMPLIFIED_CHINESE, "测试",
                Instant.parse("2022-12-31T00:00:00Z"), headline, "", types, consultation, List.of());
        return ReportContent.of(report, messages, java.time.ZoneId.of("Asia/Shanghai"));
    }

    private static ConsultationReadService.Figures consultation(int households, int participating) {
        return new ConsultationReadService.Figures(1, households, participating, 0, 0, 0, 0,
                new FeedbackService.FeedbackSummary(0, 0, 0, 0, 0, null));
    }

    @Test
    void aSubtotalAddsOnlyRowsInOneUnitOfMeasureAndNeverCountsOfDifferentThings() {
        var streetLamps = type("STREET_LAMP", "路灯新增", Unit.LAMP, ReportSection.SAFETY, 1);
        var stairwellLamps = type("STAIRWELL_LAMP", "楼道灯更换", Unit.LAMP, ReportSection.SAFETY, 2);
        var spaces = type("PARKING_SPACE", "停车位施划", Unit.PIECE, ReportSection.PARKING, 1);
        var sheds = type("SHED", "停车棚改造", Unit.PIECE, ReportSection.PARKING, 2);
        var rain = type("RAIN", "雨污分流", Unit.METER, ReportSection.DRAINAGE, 1);
        var drain = type("DRAIN", "排水管更换", Unit.METER, ReportSection.DRAINAGE, 2);
        ReportContent content = content(List.of(figure(rain, "100", "40"), figure(drain, "300", "60"),
                        figure(streetLamps, "2000", "1900"), figure(stairwellLamps, "1000", "1052"),
                        figure(spaces, "1200", "1160"), figure(sheds, "30", "21")),
                new Report.Headline(0, 0, 0, 0, 0, 0, 0), consultation(0, 0));

        List<ReportContent.Row> subtotals = content.quantities().table().rows().stream()
                .filter(ReportContent.Row::subtotal).toList();
        assertThat(subtotals).singleElement().satisfies(r -> {
            assertThat(r.cells().getFirst()).isEqualTo("排水小计");
            assertThat(r.cells().get(2)).isEqualTo("米");
            assertThat((BigDecimal) r.cells().get(3)).isEqualByComparingTo("400");
            assertThat((BigDecimal) r.cells().get(4)).isEqualByComparingTo("100");
        });
        assertThat(content.quantities().table().rows()).hasSize(7);
    }

    @Test
    void ratesAreRoundedHalfUpToOneDecimalAsOfficialStatisticsPrintThem() {
        Report.Headline headline = new Report.Headline(3, 3, 195, 2, 1, 130, 65);
        assertThat(headline.startRate()).isEqualByComparingTo("66.7");
        assertThat(headline.completionRate()).isEqualByComparingTo("33.3");
        assertThat(headline.startRateByHouseholds()).isEqualByComparingTo("66.7");
        assertThat(figure(type("T", "测试", Unit.METER, ReportSection.ROADS, 1), "3", "2").percent())
                .isEqualByComparingTo("66.7");

        ReportContent content = content(List.of(), headline, consultation(195, 130));
        Object participation = content.consultation().table().rows().get(3).cells().get(1);
        assertThat(participation).isInstanceOf(BigDecimal.class);
        assertThat((BigDecimal) participation).isEqualByComparingTo("66.7");
        assertThat(ReportContent.text(participation, Locale.SIMPLIFIED_CHINESE)).isEqualTo("66.7");
        assertThat(ReportContent.text(content.headline().table().rows().get(5).cells().get(1),
                Locale.SIMPLIFIED_CHINESE)).isEqualTo("66.7");
    }
}
