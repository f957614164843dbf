package org.chenggeng.work.ui;

import org.chenggeng.work.ProgressReadService.MonthPoint;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The progress chart names its months in the user's language. */
class ProgressChartsTest {

    @Test
    void theMonthsOnTheAxisReadAsTheLanguageWritesThem() {
        List<MonthPoint> months = List.of(new MonthPoint(YearMonth.of(2022, 4), new BigDecimal("10")),
                new MonthPoint(YearMonth.of(2022, 11), new BigDecimal("100")));

        JsonNode zh = JsonMapper.builder().build().readTree(ProgressCharts.cumulative(months, "t", "s", Locale.CHINA));
        JsonNode en = JsonMapper.builder().build().readTree(ProgressCharts.cumulative(months, "t", "s", Locale.ENGLISH));

        assertThat(zh.at("/xAxis/data").toString()).isEqualTo("[\"2022年4月\",\"2022年11月\"]");
        assertThat(en.at("/xAxis/data").toString()).isEqualTo("[\"Apr 2022\",\"Nov 2022\"]");
    }
}
