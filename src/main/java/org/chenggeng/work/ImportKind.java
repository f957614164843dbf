package org.chenggeng.work;

import org.chenggeng.shared.xlsx.ImportRow;
import org.chenggeng.shared.xlsx.ImportSheet;
import org.chenggeng.shared.xlsx.XlsxRows;

import java.io.InputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;

import static org.chenggeng.work.ImportColumn.BUDGET;
import static org.chenggeng.work.ImportColumn.LOCATION;
import static org.chenggeng.work.ImportColumn.NOTE;
import static org.chenggeng.work.ImportColumn.PLANNED;
import static org.chenggeng.work.ImportColumn.PLANNED_END;
import static org.chenggeng.work.ImportColumn.PLANNED_START;
import static org.chenggeng.work.ImportColumn.QUANTITY;
import static org.chenggeng.work.ImportColumn.TYPE_CODE;
import static org.chenggeng.work.ImportColumn.TYPE_NAME;
import static org.chenggeng.work.ImportColumn.UNIT;
import static org.chenggeng.work.ImportColumn.WORK_DATE;

/** What a spreadsheet imports, with the columns its template has and those a file must have. */
public enum ImportKind {
    /** Planned work items of a project. */
    WORK_ITEMS("工程内容", "工程内容导入模板",
            List.of(TYPE_CODE, TYPE_NAME, PLANNED, UNIT, LOCATION, BUDGET, PLANNED_START, PLANNED_END),
            EnumSet.of(TYPE_CODE, PLANNED)),
    /** Completed quantities: progress entries of a project's work items. */
    PROGRESS("进度填报", "进度填报导入模板",
            List.of(TYPE_CODE, WORK_DATE, QUANTITY, NOTE, LOCATION),
            EnumSet.of(TYPE_CODE, WORK_DATE, QUANTITY));

    private final String sheetName;
    private final String fileTitle;
    private final List<ImportColumn> columns;
    private final Set<ImportColumn> required;

    ImportKind(String sheetName, String fileTitle, List<ImportColumn> columns, Set<ImportColumn> required) {
        this.sheetName = sheetName;
        this.fileTitle = fileTitle;
        this.columns = columns;
        this.required = required;
    }

    String sheetName() {
        return sheetName;
    }

    /** The template's file name for a project: 项目编号-进度填报导入模板.xlsx. */
    public String templateFileName(String projectCode) {
        return projectCode + "-" + fileTitle + ".xlsx";
    }

    /** The columns in template order. */
    public List<ImportColumn> columns() {
        return columns;
    }

    boolean isRequired(ImportColumn column) {
        return required.contains(column);
    }

    /** Reads a file of this kind: its header against the kind's columns, then each data row. */
    ImportSheet<ImportColumn> read(InputStream file, DoubleConsumer progress, Consumer<ImportRow<ImportColumn>> rows) {
        return ImportSheet.read(columns, required::contains, XlsxRows.MAX_ROWS, file, progress, rows);
    }

    public String labelKey() {
        return "import.kind." + name();
    }
}
