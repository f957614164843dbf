package org.chenggeng.inspection;

import org.chenggeng.audit.AuditService;
import org.chenggeng.project.ProjectStatus;
import org.chenggeng.shared.DomainException;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Recording an inspection: who may, in which projects, what the record must hold, and that it is audited. */
@ChenggengTest
class InspectionRecordingTest {

    @Autowired
    InspectionService inspections;
    @Autowired
    TemplateService templates;
    @Autowired
    AuditService audit;
    @Autowired
    InspectionFixture fixture;
    @Autowired
    TestUsers as;
    @Autowired
    Clock clock;

    private long site;

    @BeforeEach
    void setUp() throws Exception {
        fixture.outsiders();
        site = fixture.site();
    }

    @Test
    void aSupervisorRecordsAnInspectionWithItsChecklistFindingsAndItemsAndEveryoneInScopeReadsIt() throws Exception {
        var pipes = fixture.item(site, "RAIN_SEWAGE_SEPARATION");
        var data = fixture.passing(InspectionKind.CONCEALED, LocalDate.now(clock), Set.of(pipes.id()),
                List.of(new FindingData("3号楼南侧检查井井盖未安装到位", Set.of(pipes.id()))));

        InspectionService.Recorded recorded = as.as("supervisor", () -> inspections.record(site, data));

        assertThat(recorded.findingIds()).hasSize(1);
        InspectionDetails read = as.as("pm", () -> inspections.get(recorded.inspectionId()));
        assertThat(read.kind()).isEqualTo(InspectionKind.CONCEALED);
        assertThat(read.conclusion()).isEqualTo(Conclusion.PASSED);
        assertThat(read.participants()).extracting(Participant::organisation).containsExactly("监理单位", "街道城建科");
        assertThat(read.checks()).hasSize(as.as("admin", () -> templates.active(InspectionKind.CONCEALED)).size())
                .allSatisfy(c -> assertThat(c.result()).isEqualTo(CheckResult.OK));
        assertThat(read.workItemIds()).containsExactly(pipes.id());
        assertThat(read.findings()).singleElement().satisfies(f -> {
            assertThat(f.description()).isEqualTo("3号楼南侧检查井井盖未安装到位");
            assertThat(f.workItemIds()).containsExactly(pipes.id());
        });
        assertThat(read.mayAttach()).as("the project manager reads but does not inspect").isFalse();
        assertThat(as.as("official", () -> inspections.list(site))).extracting(InspectionRow::id)
                .contains(recorded.inspectionId());
        assertThat(as.as("official", () -> audit.search(new AuditService.AuditFilter("supervisor",
                InspectionService.ENTITY, null, null, null), PageRequest.of(0, 50))))
                .as("the official of the street reads the supervisor's record in the audit log")
                .anySatisfy(r -> assertThat(r.entityId()).isEqualTo(String.valueOf(recorded.inspectionId())));
    }

    @Test
    void onlyOfficialsAndSupervisorsOfTheProjectsRegionRecordAndOutsidersDoNotEvenReadIt() throws Exception {
        var data = fixture.passing(InspectionKind.SAFETY, LocalDate.now(clock), Set.of(), List.of());
        Long mine = as.as("official", () -> inspections.record(site, data)).inspectionId();

        for (String user : List.of("pm", "committee", InspectionFixture.OUTSIDER, InspectionFixture.OUTSIDE_SUPERVISOR)) {
            long before = count();
            assertThatThrownBy(() -> as.run(user, () -> inspections.record(site, data))).as(user)
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(count()).as(user).isEqualTo(before);
        }
        for (String reader : List.of("pm")) {
            assertThat(as.as(reader, () -> inspections.mayRecord(site))).as(reader).isFalse();
        }
        for (String outsider : List.of(InspectionFixture.OUTSIDER, InspectionFixture.OUTSIDE_SUPERVISOR)) {
            assertThatThrownBy(() -> as.run(outsider, () -> inspections.get(mine))).as(outsider)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as.run(outsider, () -> inspections.list(site))).as(outsider)
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(as.as("supervisor", () -> inspections.mayRecord(site))).isTrue();
    }

    @Test
    void anInspectionThatContradictsItselfOrLacksWhatItNeedsIsRefusedAndNothingIsRecorded() throws Exception {
        var item = fixture.items(site).getFirst();
        LocalDate today = LocalDate.now(clock);
        var good = fixture.passing(InspectionKind.QUALITY, today, Set.of(item.id()), List.of());
        List<Check> oneFails = new ArrayList<>(good.checks());
        oneFails.set(0, new Check(oneFails.getFirst().textZh(), oneFails.getFirst().textEn(), CheckResult.FAILED));
        List<Check> oneOpen = new ArrayList<>(good.checks());
        oneOpen.set(1, new Check(oneOpen.get(1).textZh(), oneOpen.get(1).textEn(), null));
        long otherProjectsItem = fixture.items(fixture.projectIn(ProjectStatus.COMPLETED)).getFirst().id();

        assertRefused(with(good, oneFails, Conclusion.PASSED, good.findings()), "inspection.error.passedWithFailedCheck");
        assertRefused(with(good, oneFails, Conclusion.FAILED, List.of()), "inspection.error.failedNeedsFinding");
        assertRefused(with(good, oneOpen, Conclusion.PASSED, List.of()), "inspection.error.checkUnanswered");
        assertRefused(new InspectionData(good.kind(), today.plusDays(1), good.participants(), good.checks(),
                good.workItemIds(), Conclusion.PASSED, null, List.of()), "error.dateInFuture");
        assertRefused(new InspectionData(good.kind(), today, List.of(new Participant("监理单位", " ")), good.checks(),
                good.workItemIds(), Conclusion.PASSED, null, List.of()), "inspection.error.participantIncomplete");
        assertRefused(new InspectionData(good.kind(), today, List.of(), good.checks(), good.workItemIds(),
                Conclusion.PASSED, null, List.of()), "inspection.error.participantsRequired");
        assertRefused(new InspectionData(good.kind(), today, good.participants(), good.checks(),
                Set.of(otherProjectsItem), Conclusion.PASSED, null, List.of()), "inspection.error.foreignWorkItem");
        assertRefused(with(good, oneFails, Conclusion.FAILED, List.of(new FindingData(" ", Set.of()))),
                "inspection.error.findingDescription");

        var failed = with(good, oneFails, Conclusion.FAILED, List.of(new FindingData("管道接口渗漏", Set.of(item.id()))));
        assertThat(as.as("official", () -> inspections.record(site, failed)).findingIds()).hasSize(1);
    }

    @Test
    void aProjectIsInspectedFromApprovalUntilItsHandOverOnly() throws Exception {
        long planning = fixture.projectIn(ProjectStatus.PLANNING);
        long handedOver = fixture.projectIn(ProjectStatus.HANDED_OVER);
        for (long project : List.of(planning, handedOver)) {
            var data = fixture.passing(InspectionKind.SAFETY, LocalDate.now(clock), Set.of(), List.of());
            assertThatThrownBy(() -> as.run("official", () -> inspections.record(project, data)))
                    .isInstanceOf(DomainException.class).hasMessageStartingWith("inspection.error.projectStatus");
            assertThat(as.as("official", () -> inspections.mayRecord(project))).isFalse();
        }
    }

    @Test
    void administratorsKeepTheChecklistsAndARecordedInspectionKeepsTheWordsItWasCheckedWith() throws Exception {
        Long line = as.as("admin", () -> templates.add(InspectionKind.CIVILISED, "夜间施工已办理许可", "Night work permitted"));
        var data = fixture.passing(InspectionKind.CIVILISED, LocalDate.now(clock), Set.of(), List.of());
        Long recorded = as.as("official", () -> inspections.record(site, data)).inspectionId();
        TemplateService.Line added = as.as("admin", () -> templates.all(InspectionKind.CIVILISED)).stream()
                .filter(l -> l.id().equals(line)).findFirst().orElseThrow();

        as.run("admin", () -> templates.rename(line, added.version(), "夜间施工许可已公示", "Night work permit posted"));
        as.run("admin", () -> templates.move(line, -1));
        long version = as.as("admin", () -> templates.all(InspectionKind.CIVILISED)).stream()
                .filter(l -> l.id().equals(line)).findFirst().orElseThrow().version();
        as.run("admin", () -> templates.setActive(line, version, false));

        assertThat(as.as("official", () -> templates.active(InspectionKind.CIVILISED)))
                .extracting(TemplateService.Line::id).doesNotContain(line);
        List<TemplateService.Line> all = as.as("admin", () -> templates.all(InspectionKind.CIVILISED));
        assertThat(all).extracting(TemplateService.Line::id).contains(line);
        assertThat(all.get(all.size() - 2).id()).as("moved one place up, before the last line").isEqualTo(line);
        assertThat(as.as("pm", () -> inspections.get(recorded)).checks()).extracting(Check::textZh)
                .contains("夜间施工已办理许可").doesNotContain("夜间施工许可已公示");
        assertThatThrownBy(() -> as.run("admin", () -> templates.rename(line, added.version(), "x", "x")))
                .as("a change prepared against an older version").isInstanceOf(DomainException.class)
                .hasMessageStartingWith("error.stale");
        assertThatThrownBy(() -> as.run("official", () -> templates.add(InspectionKind.CIVILISED, "x", "x")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.run("admin", () -> templates.add(InspectionKind.CIVILISED, " ", "x")))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("inspection.error.templateText");
    }

    private InspectionData with(InspectionData d, List<Check> checks, Conclusion conclusion, List<FindingData> findings) {
        return new InspectionData(d.kind(), d.date(), d.participants(), checks, d.workItemIds(), conclusion, d.note(),
                findings);
    }

    private void assertRefused(InspectionData data, String key) throws Exception {
        long before = count();
        assertThatThrownBy(() -> as.run("supervisor", () -> inspections.record(site, data)))
                .isInstanceOf(DomainException.class).hasMessageStartingWith(key);
        assertThat(count()).as(key + " records nothing").isEqualTo(before);
    }

    private long count() throws Exception {
        return as.as("admin", () -> inspections.list(site)).size();
    }
}
