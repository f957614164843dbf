package org.chenggeng.reporting.ui;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.List;

/** ECharts options for the dashboard, built as JSON on the server; every bar and point can be clicked. */
final class DashboardCharts {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String BLUE = "#1a56a8";
    private static final String RED = "#c8202f";

    private DashboardCharts() {
    }

    /**
     * One bar per category, vertical (statuses) or horizontal (work types, communities), each with the lines of its
     * tooltip as text ({@code tooltipLines}): the chart element escapes them, names typed by users are never markup.
     */
    static String bars(String title, List<String> categories, List<? extends Number> values, boolean horizontal,
                       boolean percent, List<List<String>> tooltips) {
        ObjectNode option = base(title);
        option.putObject("tooltip").put("trigger", "item");
        ObjectNode grid = option.putObject("grid");
        grid.put("left", horizontal ? 8 : 40).put("right", horizontal ? 56 : 24).put("top", 44).put("bottom", 8)
                .put("containLabel", true);
        ObjectNode category = JSON.createObjectNode();
        category.put("type", "category");
        category.putObject("axisLabel").put("interval", 0).put("width", horizontal ? 120 : 64)
                .put("overflow", "break").put("lineHeight", 14);
        ArrayNode names = category.putArray("data");
        categories.forEach(names::add);
        ObjectNode value = JSON.createObjectNode();
        value.put("type", "value");
        if (percent) {
            value.put("max", 100);
            value.putObject("axisLabel").put("formatter", "{value}%");
        } else {
            value.put("minInterval", 1);
        }
        if (horizontal) {
            category.put("inverse", true);
            option.set("xAxis", value);
            option.set("yAxis", category);
        } else {
            option.set("xAxis", category);
            option.set("yAxis", value);
        }
        ObjectNode series = option.putArray("series").addObject();
        series.put("type", "bar").put("barMaxWidth", 28);
        series.putObject("itemStyle").put("color", BLUE).put("borderRadius", 3);
        series.putObject("label").put("show", true).put("position", horizontal ? "right" : "top")
                .put("formatter", percent ? "{c}%" : "{c}");
        ArrayNode data = series.putArray("data");
        for (int i = 0; i < values.size(); i++) {
            ObjectNode point = data.addObject();
            point.put("value", values.get(i) instanceof BigDecimal b ? b.doubleValue() : values.get(i).doubleValue());
            if (tooltips != null) {
                ArrayNode lines = point.putArray("tooltipLines");
                tooltips.get(i).forEach(lines::add);
            }
        }
        return JSON.writeValueAsString(option);
    }

    /** The S-curve: cumulative completion and the plan, per month, 0 to 100 %. */
    static String curve(String title, List<String> months, List<BigDecimal> actual, List<BigDecimal> planned,
                        String actualName, String plannedName) {
        ObjectNode option = base(title);
        option.putObject("tooltip").put("trigger", "axis");
        option.putObject("legend").put("bottom", 0);
        ObjectNode grid = option.putObject("grid");
        grid.put("left", 44).put("right", 24).put("top", 44).put("bottom", 56);
        ObjectNode x = option.putObject("xAxis");
        x.put("type", "category").put("boundaryGap", false);
        ArrayNode labels = x.putArray("data");
        months.forEach(labels::add);
        ObjectNode y = option.putObject("yAxis");
        y.put("type", "value").put("min", 0).put("max", 100);
        y.putObject("axisLabel").put("formatter", "{value}%");
        ArrayNode series = option.putArray("series");
        line(series, actualName, actual, BLUE, false);
        line(series, plannedName, planned, RED, true);
        return JSON.writeValueAsString(option);
    }

    private static void line(ArrayNode series, String name, List<BigDecimal> values, String color, boolean dashed) {
        ObjectNode s = series.addObject();
        s.put("name", name).put("type", "line").put("smooth", true).put("symbolSize", 6).put("connectNulls", false);
        s.putObject("itemStyle").put("color", color);
        s.putObject("lineStyle").put("type", dashed ? "dashed" : "solid").put("width", 2);
        if (!dashed) {
            s.putObject("areaStyle").put("opacity", 0.10);
        }
        ArrayNode data = s.putArray("data");
        values.forEach(v -> {
            if (v == null) {
                data.addNull();
            } else {
                data.add(v.doubleValue());
            }
        });
    }

    private static ObjectNode base(String title) {
        ObjectNode option = JSON.createObjectNode();
        option.put("animationDuration", 400).put("animationDurationUpdate", 300);
        option.putObject("title").put("text", title).put("left", "left")
                .putObject("textStyle").put("fontSize", 14).put("fontWeight", "normal");
        return option;
    }
}
