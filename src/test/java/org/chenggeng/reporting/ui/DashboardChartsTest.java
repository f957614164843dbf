package org.chenggeng.reporting.ui;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Long category names on the dashboard's bar charts wrap onto a second line instead of being cut off. */
class DashboardChartsTest {

    @Test
    void aLongWorkTypeNameWrapsInsteadOfBeingTruncated() {
        String option = DashboardCharts.bars("Completion by work type", List.of("Tidying exposed overhead cabling"),
                List.of(100), true, true, null);

        JsonNode label = JsonMapper.builder().build().readTree(option).at("/yAxis/axisLabel");
        assertThat(label.get("overflow").asString()).isEqualTo("break");
        assertThat(label.get("width").asInt()).isGreaterThanOrEqualTo(120);
    }
}
