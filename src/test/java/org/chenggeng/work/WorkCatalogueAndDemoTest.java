package org.chenggeng.work;

import org.chenggeng.security.ScopeDirectory;
import org.chenggeng.security.UserAdminService;
import org.chenggeng.shared.DomainException;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ChenggengTest
class WorkCatalogueAndDemoTest {

    @Autowired
    WorkTypeService types;
    @Autowired
    WorkItemService items;
    @Autowired
    ProgressService progress;
    @Autowired
    PeriodLockService locks;
    @Autowired
    ProgressEntryRepository entries;
    @Autowired
    org.chenggeng.support.SecurityAdmin users;
    @Autowired
    TestUsers as;

    @Test
    void theCatalogueHoldsTheTwelveWorksOfTheReportWithTheirVerbsAndWordOrder() throws Exception {
        Map<String, WorkTypeData> byCode = as.as("pm", () -> types.all()).stream()
                .collect(Collectors.toMap(t -> t.data().code(), WorkTypeService.WorkTypeRow::data));
        assertThat(byCode).hasSizeGreaterThanOrEqualTo(40);
        assertThat(byCode.get("EXPOSED_LINES")).satisfies(t -> {
            assertThat(t.verbZh() + t.objectZh()).isEqualTo("治理社区外露线网");
            assertThat(t.unit()).isEqualTo(Unit.METER);
            assertThat(t.phraseOrder()).isEqualTo(PhraseOrder.OBJECT_THEN_QUANTITY);
        });
        assertThat(byCode.get("SEPTIC_TANK")).satisfies(t -> {
            assertThat(t.verbZh() + "|" + t.unit().zh() + "|" + t.objectZh()).isEqualTo("清淘|座|化粪池");
            assertThat(t.phraseOrder()).isEqualTo(PhraseOrder.QUANTITY_THEN_OBJECT);
        });
        assertThat(byCode.get("RAIN_INLET").unit()).isEqualTo(Unit.PIECE);
        assertThat(byCode.get("HEDGE").verbZh() + byCode.get("HEDGE").objectZh() + byCode.get("HEDGE").unit().zh())
                .isEqualTo("新植绿篱株");
        assertThat(List.of("UNDERGROUND_PIPES", "ROAD_PAVING", "FACADE_PAINTING", "TURF", "CHARGING_POST", "BENCH",
                "SOLAR_LIGHT")).allSatisfy(code -> assertThat(byCode).containsKey(code));
        assertThat(byCode.get("BENCH").unit().zh()).isEqualTo("把");
        assertThat(byCode.get("ELEVATOR").unit().zh()).isEqualTo("部");
        assertThat(byCode.get("STREET_LAMP").unit().zh()).isEqualTo("盏");
        assertThat(byCode.get("TABLE_TENNIS").unit().zh()).isEqualTo("张");
    }

    @Test
    void theJingjiangDongliLedgerAddsUpToTheReportsQuantities() throws Exception {
        long jjdl = as.as("admin", () -> users.projectChoices().stream().filter(p -> p.code().equals("YYH-2022-01"))
                .findFirst().map(ScopeDirectory.ProjectChoice::id).orElseThrow());
        Map<String, WorkItemRow> byCode = as.as("official", () -> items.items(jjdl)).stream()
                .collect(Collectors.toMap(WorkItemRow::typeCode, r -> r));
        Map<String, String> report = Map.ofEntries(Map.entry("EXPOSED_LINES", "1742"), Map.entry("SEPTIC_TANK", "39"),
                Map.entry("SEWAGE_WELL", "869"), Map.entry("RAIN_INLET", "160"), Map.entry("UNDERGROUND_PIPES", "6103"),
                Map.entry("ROAD_PAVING", "11642"), Map.entry("FACADE_PAINTING", "1024"), Map.entry("TURF", "450"),
                Map.entry("HEDGE", "420"), Map.entry("CHARGING_POST", "7"), Map.entry("BENCH", "21"),
                Map.entry("SOLAR_LIGHT", "12"));
        report.forEach((code, quantity) -> {
            WorkItemRow row = byCode.get(code);
            assertThat(row.completed()).as(code).isEqualByComparingTo(quantity);
            assertThat(entries.sumForItem(row.id())).as(code + " ledger").isEqualByComparingTo(quantity);
            assertThat(row.entryCount()).as(code + " spread over several entries").isGreaterThan(1);
        });
        assertThat(byCode).containsKeys("FITNESS_EQUIPMENT", "TABLE_TENNIS", "GARDEN", "PAVILION", "BICYCLE_SHED");
        assertThat(byCode.values()).as("an official only reads, and the project is accepted").allSatisfy(r -> {
            assertThat(r.editable()).isFalse();
            assertThat(r.retirable()).isFalse();
        });
        var ledger = as.as("official", () -> progress.ledger(byCode.get("SEPTIC_TANK").id()));
        assertThat(ledger).allSatisfy(e -> assertThat(e.date().getYear()).isEqualTo(2022));
    }

    @Test
    void aTypeInUseIsRetiredNotDeletedAndAnUnusedOneIsDeleted() throws Exception {
        Long used = as.as("admin", () -> types.catalogue().stream().filter(t -> t.data().code().equals("SEPTIC_TANK"))
                .findFirst().orElseThrow().id());
        long usedVersion = as.as("admin", () -> types.catalogue().stream().filter(t -> t.id().equals(used)).findFirst()
                .orElseThrow().version());
        assertThat(as.as("admin", () -> types.deleteOrRetire(used, usedVersion))).isFalse();
        assertThat(as.as("admin", () -> types.catalogue().stream().filter(t -> t.id().equals(used)).findFirst()
                .orElseThrow().retired())).isTrue();
        long retiredVersion = as.as("admin", () -> types.catalogue().stream().filter(t -> t.id().equals(used))
                .findFirst().orElseThrow().version());
        as.run("admin", () -> types.reinstate(used, retiredVersion));

        WorkTypeData fresh = new WorkTypeData("TEST_KIOSK", "测试亭", "Test kiosk", WorkCategory.ENHANCEMENT, Unit.SEAT,
                ReportSection.FACILITIES, "新建", "测试亭", PhraseOrder.OBJECT_THEN_QUANTITY, "built", "test kiosk",
                "test kiosks", 999, true);
        Long id = as.as("admin", () -> types.create(fresh));
        assertThatThrownBy(() -> as.run("admin", () -> types.create(fresh)))
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("workType.error.codeTaken");
        assertThat(as.as("admin", () -> types.deleteOrRetire(id, 0))).isTrue();
        assertThat(as.as("admin", () -> types.catalogue()).stream().noneMatch(t -> t.id().equals(id))).isTrue();
        assertThatThrownBy(() -> as.run("pm", () -> types.catalogue())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aRetiredTypeOrAnAcceptedProjectTakesNoNewWorkItems() throws Exception {
        long fumin = as.as("admin", () -> users.projectChoices().stream().filter(p -> p.code().equals("YYH-2024-01"))
                .findFirst().map(ScopeDirectory.ProjectChoice::id).orElseThrow());
        long jjdl = as.as("admin", () -> users.projectChoices().stream().filter(p -> p.code().equals("YYH-2022-01"))
                .findFirst().map(ScopeDirectory.ProjectChoice::id).orElseThrow());
        Long kiosk = as.as("admin", () -> types.create(new WorkTypeData("TEST_RETIRED", "停用测试", "Retired test",
                WorkCategory.BASIC, Unit.PIECE, ReportSection.FACILITIES, "新增", "停用测试", PhraseOrder.OBJECT_THEN_QUANTITY,
                "added", "retired test", "retired tests", 998, true)));
        Long bench = as.as("pm", () -> types.all().stream().filter(t -> t.data().code().equals("BENCH")).findFirst()
                .orElseThrow().id());
        Long used = as.as("pm", () -> items.create(fumin, new WorkItemData(kiosk, BigDecimal.ONE, null, null, null, null)));
        assertThat(used).isNotNull();
        as.run("admin", () -> types.deleteOrRetire(kiosk, 0));
        assertThatThrownBy(() -> as.run("pm", () -> items.create(fumin, new WorkItemData(kiosk, BigDecimal.ONE, null,
                null, null, null)))).extracting(e -> ((DomainException) e).messageKey()).isEqualTo("workItem.error.typeRetired");
        assertThatThrownBy(() -> as.run("pm", () -> items.create(jjdl, new WorkItemData(bench, BigDecimal.ONE, null,
                null, null, null)))).extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("workItem.error.projectClosed");
    }

    @Test
    void anOfficialLocksMonthsOnlyWithinTheirRegion() throws Exception {
        Long otherStreet = as.as("admin", () -> locks.lockableRegions().stream()
                .filter(r -> r.name().equals("大王庄街")).findFirst().orElseThrow().id());
        assertThat(as.as("official", () -> locks.lockableRegions())).noneMatch(r -> r.id().equals(otherStreet));
        assertThatThrownBy(() -> as.run("official", () -> locks.lock(otherStreet, YearMonth.of(2025, 1))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.run("pm", () -> locks.lock(otherStreet, YearMonth.of(2025, 1))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.run("official", () -> locks.lock(otherStreet, YearMonth.now().plusMonths(1))))
                .isInstanceOf(AccessDeniedException.class);
        Long ownStreet = as.as("official", () -> locks.lockableRegions().stream()
                .filter(r -> r.name().equals("月牙河街")).findFirst().orElseThrow().id());
        assertThatThrownBy(() -> as.run("official", () -> locks.lock(ownStreet, YearMonth.now().plusMonths(1))))
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("lock.error.futureMonth");
        assertThatThrownBy(() -> as.run("official", () -> locks.lock(ownStreet, YearMonth.of(2022, 11))))
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("lock.error.alreadyLocked");
        assertThat(as.as("official", () -> locks.visible())).extracting(PeriodLockService.LockRow::month)
                .contains(YearMonth.of(2022, 11), YearMonth.of(2022, 12));
    }
}
