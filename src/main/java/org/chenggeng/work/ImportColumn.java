package org.chenggeng.work;

import org.chenggeng.shared.xlsx.SheetColumn;

import java.util.List;

/**
 * A column of an import spreadsheet, by the Chinese header the template writes. The headers are part of the file
 * format, not of the interface: English users get the same template, and problems name the column as it is headed.
 */
public enum ImportColumn implements SheetColumn {
    TYPE_CODE("工程内容编码"),
    TYPE_NAME("工程内容"),
    PLANNED("计划工程量"),
    UNIT("单位"),
    LOCATION("位置说明"),
    BUDGET("预算（元）"),
    PLANNED_START("计划开始"),
    PLANNED_END("计划完成"),
    WORK_DATE("完成日期"),
    QUANTITY("完成工程量"),
    NOTE("备注");

    private final String header;

    ImportColumn(String header) {
        this.header = header;
    }

    public String header() {
        return header;
    }

    @Override
    public List<String> headers() {
        return List.of(header);
    }
}
