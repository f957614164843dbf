package org.chenggeng.work.ui;

import org.chenggeng.shared.ui.Formats;
import org.chenggeng.work.ProgressReadService.MonthPoint;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Locale;

/** ECharts options for the progress screens, built as JSON on the server. */
final class ProgressCharts {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProgressCharts() {
    }

    /** The cumulative completion of a project at the end of each month, as a line from 0 to 100 %. */
    static String cumulative(List<MonthPoint> months, String title, String seriesName, Locale locale) {
        ObjectNode option = JSON.createObjectNode();
        option.putObject("title").put("text", title).put("left", "left")
                .putObject("textStyle").put("fontSize", 14).put("fontWeight", "normal");
        option.putObject("tooltip").put("trigger", "axis");
        ObjectNode grid = option.putObject("grid");
        grid.put("left", 48).put("right", 40).put("top", 48).put("bottom", 32);
        ObjectNode x = option.putObject("xAxis");
        x.put("type", "category").put("boundaryGap", false);
        ArrayNode labels = x.putArray("data");
        months.forEach(m -> labels.add(Formats.month(m.month(), locale)));
        ObjectNode y = option.putObject("yAxis");
        y.put("type", "value").put("min", 0).put("max", 100);
        y.putObject("axisLabel").put("formatter", "{value}%");
        ObjectNode series = option.putArray("series").addObject();
        series.put("name", seriesName).put("type", "line").put("smooth", true).put("symbolSize", 7);
        series.putObject("areaStyle").put("opacity", 0.12);
        series.putObject("itemStyle").put("color", "#1a56a8");
        ArrayNode data = series.putArray("data");
        months.forEach(m -> data.add(m.cumulativePercent()));
        return JSON.writeValueAsString(option);
    }
}
