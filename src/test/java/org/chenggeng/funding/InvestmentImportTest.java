package org.chenggeng.funding;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chenggeng.audit.AuditService;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.xlsx.ImportIssue;
import org.chenggeng.summary.RollupCheck;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.chenggeng.work.PeriodLockService;
import org.chenggeng.work.XlsxFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * The investment import: every bad row in the preview (unknown source, a month outside the plan's dates, in the future
 * or locked, a bad amount, a source and month given twice) and nothing written while one is bad; a good file added once,
 * summed in the same transaction and audited once; a second import adding nothing, even once the month is locked; and
 * only those who may record the project's investment importing it.
 */
@ChenggengTest
class InvestmentImportTest {

    static final List<String> HEADERS = List.of("月份", "资金来源", "金额（元）", "备注");

    @Autowired
    InvestmentImportService imports;
    @Autowired
    InvestmentLedger ledger;
    @Autowired
    FundingService funding;
    @Autowired
    PeriodLockService locks;
    @Autowired
    FundingFixture fixture;
    @Autowired
    RollupCheck check;
    @Autowired
    AuditService audit;
    @Autowired
    TestUsers as;

    /** 万新里小区综合整治: 立项, planned from 2025-09 to 2026-10, in the official's street. */
    private long wanxin;
    private long street;

    @BeforeEach
    void setUp() throws Exception {
        fixture.otherStreetOfficial();
        wanxin = fixture.project("YYH-2025-01");
        street = as.as("official", () -> locks.lockableRegions().stream().filter(r -> r.name().equals("月牙河街"))
                .findFirst().orElseThrow().id());
    }

    private static ByteArrayInputStream file(List<Object[]> rows) {
        return new ByteArrayInputStream(XlsxFiles.bytes(HEADERS, rows));
    }

    private int lines() throws Exception {
        return as.as("official", () -> ledger.ledger(wanxin)).size();
    }

    private long audits() throws Exception {
        return as.as("auditor", () -> audit.search(new AuditService.AuditFilter(null, "PROJECT", null, null, null),
                PageRequest.of(0, 200, Sort.by(Sort.Direction.DESC, "id")))).stream().filter(r -> "IMPORT_INVESTMENT".equals(r.action())).count();
    }

    @Test
    void everyBadRowIsListedAndNothingIsWrittenWhileOneIsBad() throws Exception {
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[]{"2026-03", "中央补助资金", 1000, "第一笔"});
        rows.add(new Object[]{"2026-04", "NO_SUCH", 1000, null});
        rows.add(new Object[]{"2025-08", "SPECIAL_BONDS", 1000, null});
        rows.add(new Object[]{"2026年11月", "SPECIAL_BONDS", 1000, null});
        rows.add(new Object[]{"2026-02", "SPECIAL_BONDS", 1000, null});
        rows.add(new Object[]{"2026-05", "SPECIAL_BONDS", 12.345, null});
        rows.add(new Object[]{"2026-06", "SPECIAL_BONDS", 0, null});
        rows.add(new Object[]{LocalDate.of(2026, 3, 18), "CENTRAL", 500, null});
        rows.add(new Object[]{"下个月", "SPECIAL_BONDS", 1000, null});
        rows.add(new Object[]{"2099-01", "SPECIAL_BONDS", 1000, null});
        rows.add(new Object[]{"2026-07", "SPECIAL_BONDS", "一千", null});
        rows.add(new Object[]{"2025-07", "SPECIAL_BONDS", -5, null});
        int before = lines();
        BigDecimal completed = as.as("official", () -> funding.overview(wanxin)).completed();
        as.run("official", () -> locks.lock(street, YearMonth.of(2026, 2)));
        try {
            InvestmentImportResult preview = as.as("official", () -> imports.preview(wanxin, file(rows), f -> { }));

            assertThat(preview.errors()).extracting(ImportIssue::row, ImportIssue::column, ImportIssue::messageKey)
                    .containsExactlyInAnyOrder(
                            tuple(3, "资金来源", "investmentImport.error.unknownSource"),
                            tuple(4, "月份", "investmentImport.error.outsidePlan"),
                            tuple(5, "月份", "investmentImport.error.outsidePlan"),
                            tuple(6, "月份", "funding.error.monthLocked"),
                            tuple(7, "金额（元）", "funding.error.amountScale"),
                            tuple(8, "金额（元）", "funding.error.amountZero"),
                            tuple(9, "月份", "investmentImport.error.duplicate"),
                            tuple(10, "月份", "import.error.notAMonth"),
                            tuple(11, "月份", "funding.error.futureMonth"),
                            tuple(12, "金额（元）", "import.error.notANumber"),
                            tuple(13, "金额（元）", "funding.error.amountRange"),
                            tuple(13, "月份", "investmentImport.error.outsidePlan"));
            assertThat(preview.errors()).filteredOn(i -> i.row() == 4).singleElement()
                    .satisfies(i -> assertThat(i.args()).containsExactly("2025-08", "2025-09", "2026-10"));
            assertThat(preview.errors()).filteredOn(i -> i.row() == 9).singleElement()
                    .satisfies(i -> assertThat(i.args()).containsExactly("2026-03", "CENTRAL", "2"));
            assertThat(preview.imported()).isEqualTo(1);
            assertThat(preview.canImport()).isFalse();
            assertThatThrownBy(() -> as.run("official", () -> imports.commit(wanxin, file(rows), f -> { })))
                    .isInstanceOfSatisfying(DomainException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("import.error.fileHasErrors"));
        } finally {
            as.run("official", () -> locks.unlock(street, YearMonth.of(2026, 2)));
        }
        assertThat(lines()).isEqualTo(before);
        assertThat(as.as("official", () -> funding.overview(wanxin)).completed()).isEqualByComparingTo(completed);
    }

    @Test
    void aGoodFileIsAddedOnceSummedAndAuditedAndASecondImportAddsNothing() throws Exception {
        List<Object[]> rows = List.of(new Object[]{"2026-01", "社会资本", 250000.5, "首笔社会资本"},
                new Object[]{"2026/2", "SOCIAL_CAPITAL", 100000, null},
                new Object[]{"2025-10", "CENTRAL", 30000, "补录"});
        int before = lines();
        BigDecimal completed = as.as("official", () -> funding.overview(wanxin)).completed();
        long audited = audits();

        InvestmentImportResult preview = as.as("official", () -> imports.preview(wanxin, file(rows), f -> { }));
        List<Double> progress = new ArrayList<>();
        InvestmentImportResult result = as.as("official", () -> imports.commit(wanxin, file(rows), progress::add));
        RollupCheck.Outcome verified = check.verify();

        assertThat(preview.errors()).isEmpty();
        assertThat(preview.imported()).isEqualTo(3);
        assertThat(preview.warnings()).extracting(ImportIssue::row, ImportIssue::messageKey)
                .containsExactly(tuple(4, "investmentImport.warning.alreadyRecorded"));
        assertThat(result.imported()).isEqualTo(3);
        assertThat(result.amount()).isEqualByComparingTo("380000.5");
        assertThat(progress).isNotEmpty().last().isEqualTo(1.0);
        assertThat(lines()).isEqualTo(before + 3);
        assertThat(as.as("official", () -> ledger.ledger(wanxin))).extracting(InvestmentLedger.InvestmentRow::note)
                .contains("首笔社会资本", "补录");
        assertThat(as.as("official", () -> funding.overview(wanxin)).completed())
                .isEqualByComparingTo(completed.add(new BigDecimal("380000.5")));
        assertThat(verified.described()).isEmpty();
        assertThat(audits()).isEqualTo(audited + 1);

        InvestmentImportResult again = as.as("official", () -> imports.commit(wanxin, file(rows), f -> { }));
        assertThat(again.imported()).isZero();
        assertThat(again.alreadyImported()).isEqualTo(3);
        as.run("official", () -> locks.lock(street, YearMonth.of(2026, 1)));
        try {
            InvestmentImportResult locked = as.as("official", () -> imports.preview(wanxin, file(rows), f -> { }));
            assertThat(locked.errors()).isEmpty();
            assertThat(locked.alreadyImported()).isEqualTo(3);
        } finally {
            as.run("official", () -> locks.unlock(street, YearMonth.of(2026, 1)));
        }
        InvestmentImportResult changed = as.as("official", () -> imports.preview(wanxin, file(List.<Object[]>of(
                new Object[]{"2026-02", "SOCIAL_CAPITAL", 120000, null})), f -> { }));
        assertThat(changed.errors()).extracting(ImportIssue::row, ImportIssue::messageKey)
                .containsExactly(tuple(2, "investmentImport.error.changed"));
        assertThat(lines()).isEqualTo(before + 3);
        assertThat(audits()).isEqualTo(audited + 1);
    }

    @Test
    void aDateInTheMonthColumnOfAWorkbookWithDatesFrom1904IsTheMonthItShows() throws Exception {
        // read from 1900, 2026-04-18 would be 2022-04-17, before the plan's first month (2025-09)
        byte[] file = XlsxFiles.bytes1904(HEADERS, List.<Object[]>of(
                new Object[]{LocalDate.of(2026, 4, 18), "CENTRAL", 1904.04, null}));

        InvestmentImportResult preview = as.as("official", () -> imports.preview(wanxin,
                new ByteArrayInputStream(file), f -> { }));

        assertThat(preview.errors()).isEmpty();
        assertThat(preview.imported()).isEqualTo(1);
        assertThat(preview.amount()).isEqualByComparingTo("1904.04");
    }

    @Test
    void onlyThoseWhoMayRecordTheProjectsInvestmentImportIt() throws Exception {
        long elevator = fixture.project("YYH-2026-03");
        long planning = fixture.project("YYH-2026-01");
        long fumin = fixture.project("YYH-2024-01");
        List<Object[]> rows = List.<Object[]>of(new Object[]{"2026-09", "OTHER", 10, null});

        assertThatThrownBy(() -> as.run("committee", () -> imports.target(elevator)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.run("pm", () -> imports.preview(wanxin, file(rows), f -> { })))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.run(FundingFixture.OTHER_OFFICIAL, () -> imports.commit(wanxin, file(rows), f -> { })))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.run("committee", () -> imports.template(elevator, Locale.SIMPLIFIED_CHINESE)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.run("admin", () -> imports.preview(planning, file(rows), f -> { })))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("funding.error.notApproved"));
        assertThat(as.as("pm", () -> imports.target(fumin)).takesEntries()).isTrue();
        assertThat(as.as("admin", () -> imports.target(planning)).takesEntries()).isFalse();
        assertThat(as.as("pm", () -> imports.preview(fumin, file(rows), f -> { })).errors()).isEmpty();
    }

    @Test
    void theTemplateListsTheSourcesWithTheProjectsPlanAndReadsBackClean() throws Exception {
        byte[] template = as.as("official", () -> imports.template(wanxin, Locale.SIMPLIFIED_CHINESE));

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet head = book.getSheetAt(0);
            assertThat(StreamSupport.stream(head.getRow(0).spliterator(), false).map(c -> c.getStringCellValue()))
                    .containsExactly("月份", "资金来源", "金额（元）", "备注");
            Sheet sources = book.getSheet("资金来源");
            List<String> codes = new ArrayList<>();
            double central = -1;
            for (Row row : sources) {
                if (row.getRowNum() > 0 && row.getCell(3) != null) {
                    codes.add(row.getCell(0).getStringCellValue());
                    if ("CENTRAL".equals(row.getCell(0).getStringCellValue())) {
                        central = row.getCell(3).getNumericCellValue();
                    }
                }
            }
            assertThat(codes).contains("CENTRAL", "SPECIAL_BONDS", "SOCIAL_CAPITAL");
            assertThat(central).isEqualTo(10_000_000d);
        }
        InvestmentImportResult empty = as.as("official", () -> imports.preview(wanxin,
                new ByteArrayInputStream(template), f -> { }));
        assertThat(empty.errors()).isEmpty();
        assertThat(empty.rows()).isZero();
    }
}
