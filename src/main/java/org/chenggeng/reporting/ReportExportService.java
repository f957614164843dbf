package org.chenggeng.reporting;

import org.chenggeng.work.LedgerRow;
import org.chenggeng.work.ProgressReadService;
import org.chenggeng.work.WorkTypeService;
import org.chenggeng.work.WorkTypeService.WorkTypeRow;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes the report of a scope and period as Word, Excel, PDF or CSV, in the report's language. The report comes from
 * {@link ReportService}, which applies the signed-in user's scope; the Excel ledger lists the entries of the same
 * projects. No export carries personal data: the report holds none, and the ledger names only staff accounts.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ReportExportService {

    private static final int LEDGER_STEP = 50;

    private final ReportService reports;
    private final ProgressReadService progress;
    private final WorkTypeService types;
    private final MessageSource messages;

    ReportExportService(ReportService reports, ProgressReadService progress, WorkTypeService types,
                        MessageSource messages) {
        this.reports = reports;
        this.progress = progress;
        this.types = types;
        this.messages = messages;
    }

    /** A written export: the file's name, its content type and its bytes. */
    public record Export(String fileName, String contentType, byte[] bytes) {
    }

    /** The report laid out as every export writes it, for a screen to preview. */
    @Transactional(readOnly = true)
    public ReportContent content(ReportRequest request, Locale locale) {
        return ReportContent.of(reports.report(request, locale), messages);
    }

    /** The report as a file in the given format. */
    @Transactional(readOnly = true)
    public byte[] export(ReportRequest request, Locale locale, ExportFormat format) {
        return export(request, locale, format, fraction -> { }).bytes();
    }

    /**
     * The report as a file, with its name, telling {@code progress} how far it has got (0 to 1) for a progress bar:
     * the report is a tenth of the work, the Excel ledger most of the rest.
     */
    @Transactional(readOnly = true)
    public Export export(ReportRequest request, Locale locale, ExportFormat format, DoubleConsumer progress) {
        progress.accept(0);
        Report report = reports.report(request, locale);
        progress.accept(0.1);
        ReportContent content = ReportContent.of(report, messages);
        byte[] bytes = switch (format) {
            case DOCX -> ReportDocx.write(content);
            case PDF -> ReportPdf.write(content);
            case CSV -> ReportCsv.write(content);
            case XLSX -> xlsx(report, content, progress);
        };
        progress.accept(1);
        return new Export(fileName(report, format), format.contentType(), bytes);
    }

    /** 城市更新改造工作报告-<scope>-<period>.docx, without characters a file system refuses. */
    String fileName(Report report, ExportFormat format) {
        Locale locale = report.locale();
        String name = String.join("-", text("report.title", locale), report.scope(),
                ReportContent.period(report.request().period(), messages, locale));
        String safe = name.replace(" · ", "-").replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]+", "_")
                .replaceAll("\\s+", "_").replaceAll("_+", "_");
        return (safe.length() > 150 ? safe.substring(0, 150) : safe) + "." + format.extension();
    }

    private byte[] xlsx(Report report, ReportContent content, DoubleConsumer fraction) {
        Locale locale = report.locale();
        Map<Long, String> codes = report.projects().stream()
                .collect(Collectors.toMap(Report.ProjectFigure::id, Report.ProjectFigure::code));
        Map<Long, WorkTypeRow> catalogue = types.all().stream()
                .collect(Collectors.toMap(WorkTypeRow::id, Function.identity()));
        try (ReportXlsx xlsx = new ReportXlsx()) {
            xlsx.tables(content, text("report.sheet.headline", locale), text("report.sheet.quantities", locale),
                    text("report.sheet.projects", locale));
            var ledger = xlsx.stream(text("report.sheet.ledger", locale), Arrays.stream(new String[]{
                    "entry", "project", "workTypeCode", "workType", "date", "quantity", "unit", "note", "corrects",
                    "reason", "recordedBy", "recordedAt"}).map(k -> text("report.ledger." + k, locale)).toList());
            Map<Long, String> units = new java.util.HashMap<>();
            catalogue.forEach((id, t) -> units.put(id, text(t.data().unit().labelKey(), locale)));
            List<Long> ids = report.projects().stream().map(Report.ProjectFigure::id).sorted().toList();
            Period period = report.request().period();
            for (int s = 0; s < ids.size(); s += LEDGER_STEP) {
                progress.ledger(ids.subList(s, Math.min(ids.size(), s + LEDGER_STEP)), period.from(), period.to(),
                        (LedgerRow e) -> {
                            WorkTypeRow t = catalogue.get(e.workTypeId());
                            ledger.accept(Arrays.asList(e.entryId(), codes.get(e.projectId()), t.data().code(),
                                    t.data().name(locale), e.workDate(), e.quantity(),
                                    units.get(e.workTypeId()), e.note(), e.correctsId(), e.reason(),
                                    e.recordedBy(), e.recordedAt()));
                        });
                fraction.accept(0.1 + 0.8 * Math.min(ids.size(), s + LEDGER_STEP) / ids.size());
            }
            return xlsx.bytes();
        }
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
