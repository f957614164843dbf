package org.chenggeng.demo;

import org.chenggeng.inspection.Check;
import org.chenggeng.inspection.CheckResult;
import org.chenggeng.inspection.Conclusion;
import org.chenggeng.inspection.FindingData;
import org.chenggeng.inspection.InspectionData;
import org.chenggeng.inspection.InspectionKind;
import org.chenggeng.inspection.InspectionSamples;
import org.chenggeng.inspection.IssueData;
import org.chenggeng.inspection.IssueRow;
import org.chenggeng.inspection.IssueService;
import org.chenggeng.inspection.Participant;
import org.chenggeng.inspection.Severity;
import org.chenggeng.inspection.TemplateService;
import org.chenggeng.work.WorkItemRow;
import org.chenggeng.work.WorkItemService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Sample inspections of 富民路 (under construction), recorded by the demo supervisor and answered by the demo project
 * manager, dated back from today so that the demo always has an issue closed, one waiting for re-check and a severe
 * one overdue: what the project page, the to-do lists and the dashboard flag. One key stage: 道路铺装 waits for the
 * 隐蔽工程 of 雨污分流, which passed on the day 富民路's works began, so its paving is logged as before.
 */
@Component
class DemoInspections {

    private static final String UNIT = "天津城投集团城市更新公司";

    private final InspectionSamples samples;
    private final TemplateService templates;
    private final IssueService issues;
    private final WorkItemService items;
    private final org.chenggeng.inspection.StageRuleService stageRules;
    private final Clock clock;
    private final SecurityContextHolderStrategy securityContext;

    DemoInspections(InspectionSamples samples, TemplateService templates, IssueService issues, WorkItemService items,
                    org.chenggeng.inspection.StageRuleService stageRules, Clock clock,
                    ObjectProvider<SecurityContextHolderStrategy> securityContext) {
        this.stageRules = stageRules;
        this.samples = samples;
        this.templates = templates;
        this.issues = issues;
        this.items = items;
        this.clock = clock;
        this.securityContext = securityContext.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    void seed(Map<String, Long> projectIds) {
        long fumin = projectIds.get("YYH-2024-01");
        LocalDate today = LocalDate.now(clock);
        Map<String, WorkItemRow> byType = new java.util.HashMap<>();
        items.items(fumin).forEach(i -> byType.putIfAbsent(i.typeCode(), i));
        long pipes = byType.get("RAIN_SEWAGE_SEPARATION").id();
        long wells = byType.get("SEWAGE_WELL").id();
        String leakText = "5号楼北侧雨水管接口处有渗水痕迹（示例）";
        as("supervisor", () -> samples.inspection(fumin, passing(InspectionKind.CONCEALED, LocalDate.of(2024, 5, 8),
                Set.of(pipes, wells), List.of(), "雨污分流管道闭水试验合格，同意隐蔽（示例）")));
        InspectionData qualityData = passing(InspectionKind.QUALITY, today.minusDays(40), Set.of(pipes, wells),
                List.of(new FindingData(leakText, Set.of(pipes),
                        new IssueData(leakText, Severity.GENERAL, UNIT, today.minusDays(30)))),
                "管道安装质量总体符合要求（示例）");
        var concealed = as("supervisor", () -> samples.inspection(fumin, qualityData));
        var safety = as("supervisor", () -> samples.inspection(fumin, failing(InspectionKind.SAFETY,
                today.minusDays(20), List.of(
                        new FindingData("12号楼东侧沟槽开挖未设临边防护（示例）", Set.of(pipes),
                                new IssueData("12号楼东侧沟槽开挖未设临边防护（示例）", Severity.SEVERE, UNIT,
                                        today.minusDays(5))),
                        new FindingData("临时用电配电箱未上锁（示例）", Set.of(),
                                new IssueData("临时用电配电箱未上锁（示例）", Severity.MAJOR, UNIT, today.plusDays(3)))))));
        List<IssueRow> raised = issues.ofProject(fumin);
        IssueRow leak = find(raised, concealed.findingIds().getFirst());
        IssueRow lock = find(raised, safety.findingIds().get(1));
        as("pm", () -> issues.answer(leak.id(), leak.version(), "接口重新打胶密封，复做闭水试验无渗漏（示例）"));
        as("supervisor", () -> {
            issues.close(leak.id(), issues.get(leak.id()).issue().version(), "复查合格（示例）");
            return null;
        });
        as("pm", () -> issues.answer(lock.id(), lock.version(), "配电箱已加锁并张贴责任人（示例）"));
        stageRules.add(byType.get("RAIN_SEWAGE_SEPARATION").workTypeId(), InspectionKind.CONCEALED,
                byType.get("ROAD_PAVING").workTypeId());
    }

    /** A passed completion acceptance of a completed project, held on {@code date} with every party present. */
    void completionAcceptance(long projectId, String contractor, LocalDate date) {
        samples.completionAcceptance(projectId, new org.chenggeng.inspection.CompletionData(date,
                "月牙河街道办事处（示例）", List.of(
                new org.chenggeng.inspection.PartyParticipant(org.chenggeng.inspection.Party.CLIENT,
                        "月牙河街道办事处（示例）", "王主任"),
                new org.chenggeng.inspection.PartyParticipant(org.chenggeng.inspection.Party.CONTRACTOR,
                        contractor, "李经理"),
                new org.chenggeng.inspection.PartyParticipant(org.chenggeng.inspection.Party.SUPERVISOR,
                        "天津市建设监理有限公司（示例）", "赵监理"),
                new org.chenggeng.inspection.PartyParticipant(org.chenggeng.inspection.Party.COMMUNITY,
                        "社区居委会（示例）", "张委员"),
                new org.chenggeng.inspection.PartyParticipant(org.chenggeng.inspection.Party.RESIDENTS,
                        "居民代表（示例）", "刘大爷、陈阿姨、周师傅")),
                Conclusion.PASSED, "工程质量合格，资料齐全，同意通过竣工验收（示例）"));
    }

    /** The hand-over of an accepted project to its property company, on {@code date}. */
    void handOver(long projectId, LocalDate date) {
        samples.handover(projectId, org.chenggeng.inspection.ReceivingKind.PROPERTY_COMPANY,
                "天津市河东区安居物业服务有限公司（示例）", date,
                "专项维修资金由物业服务企业按规定使用，街道每年核查（示例）", new java.math.BigDecimal("320000.00"));
    }

    private static IssueRow find(List<IssueRow> raised, long findingId) {
        return raised.stream().filter(r -> findingId == r.sourceId()).findFirst().orElseThrow();
    }

    private InspectionData passing(InspectionKind kind, LocalDate date, Set<Long> itemIds, List<FindingData> findings,
                                   String note) {
        return new InspectionData(kind, date, participants(), checks(kind, CheckResult.OK), itemIds,
                Conclusion.PASSED, note, findings);
    }

    private InspectionData failing(InspectionKind kind, LocalDate date, List<FindingData> findings) {
        List<Check> checks = new java.util.ArrayList<>(checks(kind, CheckResult.OK));
        checks.set(0, new Check(checks.getFirst().textZh(), checks.getFirst().textEn(), CheckResult.FAILED));
        return new InspectionData(kind, date, participants(), checks, Set.of(), Conclusion.FAILED,
                "责令限期整改（示例）", findings);
    }

    private List<Check> checks(InspectionKind kind, CheckResult result) {
        return templates.active(kind).stream().map(l -> new Check(l.textZh(), l.textEn(), result)).toList();
    }

    private static List<Participant> participants() {
        return List.of(new Participant("天津市建设监理有限公司（示例）", "赵监理"),
                new Participant("月牙河街道城建科（示例）", "王主任"), new Participant(UNIT, "李经理"));
    }

    /** Runs a step as a demo user with the administrator's role (as the demo runs), that user's scope deciding. */
    private <T> T as(String username, Supplier<T> step) {
        var previous = securityContext.getContext().getAuthentication();
        securityContext.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username,
                null, AuthorityUtils.createAuthorityList(org.chenggeng.security.Role.SYSTEM_ADMIN.authority())));
        try {
            return step.get();
        } finally {
            securityContext.getContext().setAuthentication(previous);
        }
    }
}
