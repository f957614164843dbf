package org.chenggeng.reporting;

import org.chenggeng.project.ProjectFilter;
import org.chenggeng.project.ProjectQueries;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** From the demo ledger of Jingjiang Dongli in 2022, the report's sentence exactly as the street's report has it. */
@ChenggengTest
public class DemoNarrativeTest {

    public static final String REPORT_2022 = "更新改造中共治理社区外露线网1742米；清淘39座化粪池、869座污水井、160个雨水收水井；"
            + "疏通地下管网6103米；铺装小区道路11642平方米；粉刷外墙1024平方米；补植草皮450平方米，新植绿篱420株；"
            + "新增固定充电桩7座、休闲座椅21把、太阳能照明设施12座等。";

    @Autowired
    ReportService reports;
    @Autowired
    ProjectQueries projects;
    @Autowired
    TestUsers as;

    private long jingjiangDongli() throws Exception {
        return as.as("official", () -> projects.page(new ProjectFilter("YYH-2022-01", null, null, null, null),
                PageRequest.of(0, 1)).getFirst().id());
    }

    @Test
    void theChineseSentenceIsTheOneOfTheStreetsReport() throws Exception {
        long id = jingjiangDongli();
        Report report = as.as("official", () -> reports.report(ReportRequest.project(id, Period.year(2022)),
                Locale.SIMPLIFIED_CHINESE));
        assertThat(report.narrative()).isEqualTo(REPORT_2022);
    }

    @Test
    void theEnglishSentenceSaysTheSame() throws Exception {
        long id = jingjiangDongli();
        Report report = as.as("official", () -> reports.report(ReportRequest.project(id, Period.year(2022)),
                Locale.ENGLISH));
        assertThat(report.narrative()).isEqualTo("The renewal tidied 1,742 m of exposed overhead cabling; dredged 39 "
                + "septic tanks, 869 sewage wells and 160 rainwater inlets; cleared 6,103 m of underground pipes; "
                + "paved 11,642 m² of compound roads; repainted 1,024 m² of facades; replanted 450 m² of turf, "
                + "planted 420 hedges; added 7 fixed charging posts, 21 benches and 12 solar lights, among others.");
    }

    @Test
    void aYearWithoutWorkHasNoSentenceAndTheProjectManagerSeesTheSameReport() throws Exception {
        long id = jingjiangDongli();
        assertThat(as.as("official", () -> reports.report(ReportRequest.project(id, Period.year(2021)),
                Locale.SIMPLIFIED_CHINESE)).narrative()).isNull();
        assertThat(as.as("pm", () -> reports.report(ReportRequest.project(id, Period.year(2022)),
                Locale.SIMPLIFIED_CHINESE)).narrative()).isEqualTo(REPORT_2022);
    }
}
