package org.chenggeng.reporting;

import org.chenggeng.evidence.ReportPhotos;
import org.chenggeng.work.LedgerRow;
import org.chenggeng.work.ProgressReadService;
import org.chenggeng.work.WorkTypeService;
import org.chenggeng.work.WorkTypeService.WorkTypeRow;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
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
 * projects. No export carries personal data: the report holds none, and the ledger names only staff accounts. A
 * project's Word and PDF may end with its before/after photos ({@link ReportRequest#photos()}).
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ReportExportService {

    private static final int LEDGER_STEP = 50;

    private final ReportService reports;
    private final ProgressReadService progress;
    private final WorkTypeService types;
    private final MessageSource messages;
    private final Clock clock;
    private final ReportPhotos photos;

    ReportExportService(ReportService reports, ProgressReadService progress, WorkTypeService types,
                        MessageSource messages, Clock clock, ReportPhotos photos) {
        this.photos = photos;
        this.clock = clock;
        this.reports = reports;
        this.progress = progress;
        this.types = types;
        this.messages = messages;
    }

    /**
     * A written export: the name to download it as, its content type and the temporary file that holds it (a
     * district's ledger runs to tens of megabytes, so no export is held in memory). Whoever receives it deletes it
     * when the download no longer needs it.
     */
    public record Export(String fileName, String contentType, Path file) {

        /** The file's length in bytes. */
        public long size() {
            try {
                return Files.size(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Removes the temporary file; a download still reading it on Linux reads on to the end. */
        public void delete() {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The report laid out as every export writes it, for a screen to preview. */
    @Transactional(readOnly = true)
    public ReportContent content(ReportRequest request, Locale locale) {
        return ReportContent.of(reports.report(request, locale), messages, clock.getZone());
    }

    /** The report in the given format, read into memory: for a small scope (tests, a project's own report). */
    @Transactional(readOnly = true)
    public byte[] export(ReportRequest request, Locale locale, ExportFormat format) {
        Export export = export(request, locale, format, fraction -> { });
        try {
            return Files.readAllBytes(export.file());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            export.delete();
        }
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
        ReportContent content = ReportContent.of(report, messages, clock.getZone());
        Path file = null;
        try {
            file = Files.createTempFile("chenggeng-report", "." + format.extension());
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
                switch (format) {
                    case DOCX -> ReportDocx.write(content, appendix(request, locale), out);
                    case PDF -> ReportPdf.write(content, appendix(request, locale), out);
                    case CSV -> ReportCsv.write(content, out);
                    case XLSX -> xlsx(report, content, progress, out);
                }
            }
        } catch (IOException e) {
            deleteQuietly(file);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            deleteQuietly(file);
            throw e;
        }
        progress.accept(1);
        return new Export(fileName(report, format), format.contentType(), file);
    }

    /**
     * The photo appendix the request asks for, from the evidence module (which applies the scope and leaves out
     * withdrawn and personal files); none unless asked for on a report of one project.
     */
    private PhotoAppendix appendix(ReportRequest request, Locale locale) {
        if (!request.hasPhotoAppendix()) {
            return PhotoAppendix.NONE;
        }
        long projectId = request.projectId();
        return PhotoAppendix.of(photos.appendix(projectId, request.photos(), locale), messages, locale,
                token -> photos.display(projectId, token));
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            file.toFile().delete();
        }
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

    private void xlsx(Report report, ReportContent content, DoubleConsumer fraction, OutputStream out) {
        Locale locale = report.locale();
        Map<Long, String> codes = report.projects().stream()
                .collect(Collectors.toMap(Report.ProjectFigure::id, Report.ProjectFigure::code));
        Map<Long, WorkTypeRow> catalogue = types.all().stream()
                .collect(Collectors.toMap(WorkTypeRow::id, Function.identity()));
        try (ReportXlsx xlsx = new ReportXlsx(clock.getZone())) {
            xlsx.tables(content, text("report.sheet.headline", locale), text("report.sheet.quantities", locale),
                    text("report.sheet.projects", locale));
            var ledger = xlsx.stream(text("report.sheet.ledger", locale), Arrays.stream(new String[]{
                    "entry", "project", "workTypeCode", "workType", "date", "quantity", "unit", "note", "corrects",
                    "reason", "recordedBy", "recordedAt"}).map(k -> text("report.ledger." + k, locale)).toList());
            Map<Long, TypeCells> typeCells = new java.util.HashMap<>();
            catalogue.forEach((id, t) -> typeCells.put(id, new TypeCells(id, t.data().code(), t.data().name(locale),
                    text(t.data().unit().labelKey(), locale))));
            List<Long> ids = report.projects().stream().map(Report.ProjectFigure::id).sorted().toList();
            Period period = report.request().period();
            LedgerCells cells = new LedgerCells(codes, typeCells, ledger);
            for (int s = 0; s < ids.size(); s += LEDGER_STEP) {
                progress.ledger(ids.subList(s, Math.min(ids.size(), s + LEDGER_STEP)), period.from(), period.to(),
                        cells);
                fraction.accept(0.1 + 0.8 * Math.min(ids.size(), s + LEDGER_STEP) / ids.size());
            }
            xlsx.write(out);
        }
    }

    /** A work type's three cells of the ledger, in the report's language. */
    private record TypeCells(Long id, String code, String name, String unit) {
    }

    /**
     * A ledger entry as the sheet's twelve cells. The rows come by project and item, so the last project's code and
     * item's type stand for most of them without a lookup.
     */
    private static final class LedgerCells implements java.util.function.Consumer<LedgerRow> {
        private final Map<Long, String> codes;
        private final Map<Long, TypeCells> types;
        private final java.util.function.Consumer<List<Object>> sheet;
        private Long project;
        private String code;
        private TypeCells type;

        LedgerCells(Map<Long, String> codes, Map<Long, TypeCells> types,
                    java.util.function.Consumer<List<Object>> sheet) {
            this.codes = codes;
            this.types = types;
            this.sheet = sheet;
        }

        @Override
        public void accept(LedgerRow e) {
            if (!e.projectId().equals(project)) {
                project = e.projectId();
                code = codes.get(project);
            }
            if (type == null || !type.id().equals(e.workTypeId())) {
                type = types.get(e.workTypeId());
            }
            sheet.accept(Arrays.asList(e.entryId(), code, type.code(), type.name(), e.workDate(), e.quantity(),
                    type.unit(), e.note(), e.correctsId(), e.reason(), e.recordedBy(), e.recordedAt()));
        }
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
