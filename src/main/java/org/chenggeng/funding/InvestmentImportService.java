package org.chenggeng.funding;

import org.chenggeng.project.ProjectQueries;
import org.chenggeng.project.ProjectRow;
import org.chenggeng.project.ProjectStatus;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.EntityChanged;
import org.chenggeng.shared.MessageKey;
import org.chenggeng.shared.Snapshot;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.DoubleConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The investment completed (完成投资) from Excel, as the quantities have their progress import: a template listing the
 * project's funding sources, a preview that finds every bad row without writing, and an all-or-nothing import that adds
 * only rows not imported before. For those who may record the project's investment ({@link FundingAccess}: its
 * project managers, officials whose region covers it, administrators), from 立项 on. The lines are inserted with a
 * JDBC batch after {@link InvestmentEntry}'s rules accepted each, the summary hears one {@link InvestmentChanged} in
 * the same transaction, and the import is audited once with its counts.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class InvestmentImportService {

    /** The most rows a file may have: a project's ledger for years, by month and source. */
    public static final int MAX_ROWS = 5_000;

    private final FundingAccess access;
    private final FundingSourceRepository sources;
    private final FundingStates states;
    private final ProjectQueries projects;
    private final InvestmentImport reader;
    private final FundingInserts inserts;
    private final ApplicationEventPublisher events;

    InvestmentImportService(FundingAccess access, FundingSourceRepository sources, FundingStates states,
                            ProjectQueries projects, InvestmentImport reader, FundingInserts inserts,
                            ApplicationEventPublisher events) {
        this.access = access;
        this.sources = sources;
        this.states = states;
        this.projects = projects;
        this.reader = reader;
        this.inserts = inserts;
        this.events = events;
    }

    /** The project an import screen is for: its code and name, and whether its ledger takes entries yet (立项). */
    public record ImportTarget(long projectId, String code, String name, ProjectStatus status) {

        public boolean takesEntries() {
            return status.ordinal() >= ProjectStatus.APPROVED.ordinal();
        }
    }

    /** The project, if the signed-in user may record its investment; refuses (and audits) anyone else. */
    @Transactional(readOnly = true)
    public ImportTarget target(long projectId) {
        FundingAccess.Target t = access.write(projectId);
        return new ImportTarget(projectId, t.project().code(), t.project().name(), t.project().status());
    }

    /** The .xlsx template for the project, in the user's language, listing the sources the ledger takes. */
    @Transactional(readOnly = true)
    public byte[] template(long projectId, Locale locale) {
        FundingAccess.Target t = access.write(projectId);
        Map<Long, SourceState> money = states.of(List.of(projectId)).getOrDefault(projectId, List.of()).stream()
                .collect(Collectors.toMap(SourceState::sourceId, Function.identity()));
        List<InvestmentTemplate.Source> listed = sources.findAllByOrderBySortOrderAscIdAsc().stream()
                .filter(s -> !s.isRetired())
                .map(s -> new InvestmentTemplate.Source(s.getCode(), s.row().nameZh(), s.row().nameEn(),
                        money.containsKey(s.getId()) ? money.get(s.getId()).planned() : BigDecimal.ZERO))
                .toList();
        return InvestmentTemplate.write(t.project().code(), t.project().name(), listed, locale);
    }

    /**
     * Reads the whole file and says what importing it would do: every bad row with its column and reason, the rows
     * that would be added and their sum, those imported before, and warnings. Writes nothing.
     */
    @Transactional(readOnly = true)
    public InvestmentImportResult preview(long projectId, InputStream file, DoubleConsumer progress) {
        InvestmentImport.Reading r = read(projectId, file, progress);
        return result(r);
    }

    /**
     * Imports the file if every row is good, in one transaction; a file with any bad row writes nothing
     * ({@code import.error.fileHasErrors}). Rows imported before are skipped, so importing a file twice adds its rows
     * once; two imports of the same rows at once: the second is refused whole ({@code import.error.concurrent}).
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public InvestmentImportResult commit(long projectId, InputStream file, DoubleConsumer progress) {
        InvestmentImport.Reading r = read(projectId, file, progress);
        if (!r.errors().isEmpty()) {
            throw new DomainException("import.error.fileHasErrors", r.errors().size());
        }
        InvestmentImportResult result = result(r);
        if (r.lines().isEmpty()) {
            return result;
        }
        Map<Long, SourceState> before = new TreeMap<>();
        states.of(List.of(projectId)).getOrDefault(projectId, List.of()).forEach(s -> before.put(s.sourceId(), s));
        Map<Long, SourceState> after = new TreeMap<>();
        for (InvestmentEntry e : r.lines()) {
            after.merge(e.getSourceId(), before.getOrDefault(e.getSourceId(), SourceState.empty(e.getSourceId()))
                    .plus(e.getMonthKey(), e.getAmount()), (a, b) -> a.plus(e.getMonthKey(), e.getAmount()));
        }
        try {
            inserts.insertEntries(r.lines());
        } catch (DataIntegrityViolationException e) {
            throw new DomainException("import.error.concurrent");
        }
        events.publishEvent(new InvestmentChanged(projectId, after.keySet().stream()
                .map(s -> before.getOrDefault(s, SourceState.empty(s))).toList(), List.copyOf(after.values())));
        events.publishEvent(EntityChanged.updated("PROJECT", projectId, "IMPORT_INVESTMENT", Map.of(), Snapshot.of()
                .put("imported", result.imported()).put("alreadyImported", result.alreadyImported())
                .put("amount", result.amount().toPlainString()).toMap()));
        return result;
    }

    private InvestmentImport.Reading read(long projectId, InputStream file, DoubleConsumer progress) {
        FundingAccess.Target target = access.write(projectId);
        ProjectStatus status = target.project().status();
        if (status.ordinal() < ProjectStatus.APPROVED.ordinal()) {
            throw new DomainException("funding.error.notApproved", MessageKey.of(status.labelKey()));
        }
        return reader.read(target, window(projects.row(projectId)), sources.findAll(), file, progress);
    }

    /** From the month the project was planned (or started) to start to the month it was planned (or came) to end. */
    private static InvestmentImport.Window window(ProjectRow p) {
        LocalDate start = earlier(p.plannedStart(), p.actualStart());
        LocalDate end = later(p.plannedEnd(), p.actualEnd());
        if (p.plannedEnd() != null && p.actualEnd() == null && p.status().ordinal() >= ProjectStatus.IN_PROGRESS
                .ordinal() && p.status().ordinal() < ProjectStatus.COMPLETED.ordinal()) {
            end = null; // works still going on past their planned end: money is still being spent
        }
        return new InvestmentImport.Window(start == null ? null : YearMonth.from(start),
                end == null ? null : YearMonth.from(end));
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    private static InvestmentImportResult result(InvestmentImport.Reading r) {
        BigDecimal sum = r.lines().stream().map(InvestmentEntry::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new InvestmentImportResult(r.rows(), r.lines().size(), sum, r.alreadyImported(), r.errors(),
                r.warnings());
    }
}
