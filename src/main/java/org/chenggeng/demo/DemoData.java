package org.chenggeng.demo;

import org.chenggeng.consultation.ConsentRule;
import org.chenggeng.project.ProjectData;
import org.chenggeng.project.ProjectLifecycle;
import org.chenggeng.project.ProjectSamples;
import org.chenggeng.project.ProjectAccess;
import org.chenggeng.project.TransitionRequest;
import org.chenggeng.project.ProjectStatus;
import org.chenggeng.security.Role;
import org.chenggeng.security.DemoPasswords;
import org.chenggeng.security.UserAdminService;
import org.chenggeng.work.PeriodLockService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Fills an empty demo database. Runs as the system (with the administrator role) through the same services
 * the UI uses, so demo data obeys every rule real data does.
 */
@Component
@Profile("demo")
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "chenggeng-demo";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final String CITY_INVESTMENT = "天津城投集团城市更新公司";

    private final DemoPlaces places;
    private final ProjectAccess projects;
    private final ProjectLifecycle lifecycle;
    private final ProjectSamples projectSamples;
    private final UserAdminService users;
    private final DemoPasswords demoPasswords;
    private final DemoWork work;
    private final DemoConsultation consultation;
    private final PeriodLockService locks;
    private final DemoFunding funding;
    private final DemoInspections inspections;
    private final DemoNotices notices;
    private final TransactionTemplate transaction;
    private final SecurityContextHolderStrategy securityContext;
    private final ApplicationEventPublisher events;

    DemoData(DemoPlaces places, ProjectAccess projects, ProjectLifecycle lifecycle, ProjectSamples projectSamples,
             UserAdminService users, DemoPasswords demoPasswords,
             DemoWork work, DemoConsultation consultation, PeriodLockService locks, PlatformTransactionManager transactions, ObjectProvider<SecurityContextHolderStrategy> securityContext,
             ApplicationEventPublisher events, DemoFunding funding, DemoInspections inspections, DemoNotices notices) {
        this.notices = notices;
        this.funding = funding;
        this.inspections = inspections;
        this.places = places;
        this.projects = projects;
        this.lifecycle = lifecycle;
        this.projectSamples = projectSamples;
        this.users = users;
        this.demoPasswords = demoPasswords;
        this.work = work;
        this.consultation = consultation;
        this.locks = locks;
        this.transaction = new TransactionTemplate(transactions);
        this.securityContext = securityContext.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        this.events = events;
    }

    @Override
    public void run(ApplicationArguments args) {
        runAs("system", Role.SECURITY_ADMIN);
        try {
            if (users.count(null) > 0) {
                return;
            }
            log.info("Empty database: loading the Chenggeng demo data (sample data, demo profile only)");
            whileRefusingTraffic(() -> transaction.executeWithoutResult(status -> load()));
        } finally {
            securityContext.clearContext();
        }
    }

    /**
     * Runs the loading with readiness down: the server answers before the runners are done, and a newcomer's
     * first logins would fail while the demo users do not exist yet. The login page says so meanwhile.
     */
    void whileRefusingTraffic(Runnable loading) {
        AvailabilityChangeEvent.publish(events, this, ReadinessState.REFUSING_TRAFFIC);
        try {
            loading.run();
        } finally {
            AvailabilityChangeEvent.publish(events, this, ReadinessState.ACCEPTING_TRAFFIC);
        }
    }

    /** All or nothing: a half-loaded demo database would never be completed on the next start. */
    private void load() {
        runAs("system", Role.SYSTEM_ADMIN);
        DemoPlaces.Places where = places.seed();
        runAs("system", Role.SECURITY_ADMIN);
        Long street = where.street();
        Map<String, Long> compoundIds = where.compounds();
        // 三权分立 (decision 0026): the security administrator's duty, creating the accounts, is done as one; the
        // projects are set up by the system administrator.
        Long admin = user("admin", "系统管理员（演示）", Role.SYSTEM_ADMIN, null, Set.of());
        user("security", "安全管理员（演示）", Role.SECURITY_ADMIN, null, Set.of());
        user("auditor", "审计管理员（演示）", Role.AUDIT_ADMIN, null, Set.of());
        runAs("admin", Role.SYSTEM_ADMIN);
        Map<String, Long> projectIds = seedProjects(compoundIds);
        runAs("security", Role.SECURITY_ADMIN);
        user("official", "王主任（演示）", Role.OFFICIAL, street, Set.of());
        user("pm", "李经理（演示）", Role.PROJECT_MANAGER, street, Set.of(projectIds.get("YYH-2022-01"),
                projectIds.get("YYH-2024-01")));
        user("committee", "张委员（演示）", Role.COMMUNITY_COMMITTEE, where.communities().get("靖江里社区"), Set.of());
        user("supervisor", "赵监理（演示）", Role.SUPERVISOR, street, Set.of());
        runAs("admin", Role.SYSTEM_ADMIN);
        funding.seed(projectIds);
        inspections.seed(projectIds);
        notices.seed(projectIds);
        locks.lock(street, YearMonth.of(2022, 11));
        locks.lock(street, YearMonth.of(2022, 12));
        log.info("Demo data loaded: {} compounds, {} projects, administrator id {}", compoundIds.size(),
                projectIds.size(), admin);
    }

    private final java.util.Set<Long> registered = new java.util.HashSet<>();

    private Map<String, Long> seedProjects(Map<String, Long> c) {
        Map<String, Long> ids = new HashMap<>();
        ids.put("YYH-2022-01", project(new ProjectData("YYH-2022-01", "靖江东里小区城市更新改造", 2022, true,
                CITY_INVESTMENT, new BigDecimal("38600000.00"), LocalDate.of(2022, 3, 1), LocalDate.of(2022, 11, 30),
                "城市更新项目试点。实施单位工程管理部与社区居委会共同成立居民意见征询工作组，在充分听取居民意见和实地调研后实施改造：线网治理、化粪池与污水井清淘、地下管网疏通、道路铺装、外墙粉刷、绿化补植，新增充电桩、休闲座椅、太阳能照明、健身器材、乒乓球桌、小花园与凉亭，提升停车棚。",
                Set.of(c.get("靖江东里"))), ProjectStatus.ACCEPTED,
                LocalDate.of(2022, 3, 15), LocalDate.of(2022, 11, 28), LocalDate.of(2022, 12, 20),
                JINGJIANG_DONGLI, 1.0));
        ids.put("YYH-2023-01", project(new ProjectData("YYH-2023-01", "月牙河北里老旧小区改造", 2023, false,
                CITY_INVESTMENT, new BigDecimal("24500000.00"), LocalDate.of(2023, 4, 1), LocalDate.of(2023, 12, 31),
                null, Set.of(c.get("月牙河北里"))), ProjectStatus.COMPLETED,
                LocalDate.of(2023, 4, 10), LocalDate.of(2023, 12, 15), null, List.of(
                        new DemoWork.Plan("WATER_SUPPLY", "3200", null), new DemoWork.Plan("ROOF_WATERPROOFING", "18600", null),
                        new DemoWork.Plan("FACADE_INSULATION", "24500", null), new DemoWork.Plan("STREET_LAMP", "48", null),
                        new DemoWork.Plan("PARKING_SPACE", "160", null)), 1.0));
        ids.put("YYH-2023-02", project(new ProjectData("YYH-2023-02", "东兴里小区地下管网改造", 2023, false,
                "天津市河东区市政工程公司", new BigDecimal("9800000.00"), LocalDate.of(2023, 3, 1), LocalDate.of(2023, 9, 30),
                null, Set.of(c.get("东兴里"))), ProjectStatus.HANDED_OVER,
                LocalDate.of(2023, 3, 6), LocalDate.of(2023, 9, 20), LocalDate.of(2023, 10, 18), List.of(
                        new DemoWork.Plan("UNDERGROUND_PIPES", "2860", null), new DemoWork.Plan("DRAIN_PIPE", "1240", null),
                        new DemoWork.Plan("SEWAGE_WELL", "310", null)), 1.0));
        ids.put("YYH-2024-01", project(new ProjectData("YYH-2024-01", "富民路小区雨污分流改造", 2024, false,
                CITY_INVESTMENT, new BigDecimal("15200000.00"), LocalDate.of(2024, 5, 1), LocalDate.of(2025, 6, 30),
                null, Set.of(c.get("富民路小区"))), ProjectStatus.IN_PROGRESS,
                LocalDate.of(2024, 5, 8), null, null, List.of(
                        new DemoWork.Plan("RAIN_SEWAGE_SEPARATION", "4300", "1–20号楼"),
                        new DemoWork.Plan("SEWAGE_WELL", "240", null), new DemoWork.Plan("ROAD_PAVING", "9800", null),
                        new DemoWork.Plan("TURF", "1200", null)), 0.62));
        ids.put("YYH-2024-02", project(new ProjectData("YYH-2024-02", "津塘里既有住宅加装电梯", 2024, false,
                "天津市河东区住房保障中心", new BigDecimal("6400000.00"), LocalDate.of(2024, 8, 1), LocalDate.of(2025, 8, 1),
                null, Set.of(c.get("津塘里"))), ProjectStatus.IN_PROGRESS,
                LocalDate.of(2024, 9, 2), null, null, List.of(new DemoWork.Plan("ELEVATOR", "16", "3、5、7号楼")), 0.5));
        ids.put("YYH-2025-01", project(new ProjectData("YYH-2025-01", "万新里小区综合整治", 2025, false,
                CITY_INVESTMENT, new BigDecimal("31200000.00"), LocalDate.of(2025, 9, 1), LocalDate.of(2026, 10, 31),
                null, Set.of(c.get("万新里"))), ProjectStatus.APPROVED, null, null, null, List.of(
                        new DemoWork.Plan("ROOF_WATERPROOFING", "32000", null), new DemoWork.Plan("ELEVATOR", "12", null),
                        new DemoWork.Plan("CHARGING_POST", "20", null)), 0));
        ids.put("YYH-2025-02", project(new ProjectData("YYH-2025-02", "程林里屋面防水及外墙保温", 2025, false,
                null, new BigDecimal("12800000.00"), null, null, null, Set.of(c.get("程林里"))),
                ProjectStatus.CONSULTING, null, null, null));
        ids.put("YYH-2026-01", project(new ProjectData("YYH-2026-01", "丽苑小区适老化改造", 2026, true,
                null, null, null, null, null, Set.of(c.get("丽苑小区"))), ProjectStatus.PLANNING, null, null, null));
        ids.put("YYH-2026-02", project(new ProjectData("YYH-2026-02", "鲁山道、大桥道片区停车及充电设施提升", 2026, false,
                null, new BigDecimal("5600000.00"), null, null, null,
                Set.of(c.get("鲁山道小区"), c.get("大桥道小区"))), ProjectStatus.CONSULTING, null, null, null));
        ids.put("YYH-2026-03", project(new ProjectData("YYH-2026-03", "靖江里1号楼2单元既有住宅加装电梯", 2026, false,
                "天津市河东区住房保障中心", new BigDecimal("680000.00"), null, null, null, Set.of(c.get("靖江里")))
                .withScope(List.of("1号楼"), "2单元"),
                ProjectStatus.CONSULTING, null, null, null, List.of(new DemoWork.Plan("ELEVATOR", "1", "1号楼2单元")), 0));
        consultation.openStairwellVote(ids.get("YYH-2026-03"), c.get("靖江里"), "1号楼", "2单元");
        ids.put("DWZ-2025-01", project(new ProjectData("DWZ-2025-01", "大王庄小区老旧管网改造", 2025, false,
                CITY_INVESTMENT, new BigDecimal("8700000.00"), LocalDate.of(2025, 4, 1), LocalDate.of(2025, 12, 31),
                null, Set.of(c.get("大王庄小区"))), ProjectStatus.IN_PROGRESS,
                LocalDate.of(2025, 4, 7), null, null, List.of(new DemoWork.Plan("WATER_SUPPLY", "2600", null),
                        new DemoWork.Plan("GAS_PIPES", "1900", null)), 0.35));
        return ids;
    }

    /** Creates a project and walks it through the lifecycle to {@code target}, recording each step. */
    private Long project(ProjectData data, ProjectStatus target, LocalDate started, LocalDate completed,
                         LocalDate accepted) {
        return project(data, target, started, completed, accepted, List.of(), 0);
    }

    /**
     * Creates a project, plans its work items once approved, logs {@code share} of them once work has started,
     * and walks it on to {@code target}.
     */
    private Long project(ProjectData data, ProjectStatus target, LocalDate started, LocalDate completed,
                         LocalDate accepted, List<DemoWork.Plan> plans, double share) {
        Long id = projectSamples.project(data);
        Long compound = data.compoundIds().stream().sorted().findFirst().orElseThrow();
        boolean pilot = plans == JINGJIANG_DONGLI;
        ProjectStatus status = ProjectStatus.PLANNING;
        while (status != target) {
            ProjectStatus next = status.next();
            LocalDate date = switch (next) {
                case IN_PROGRESS -> started;
                case COMPLETED -> completed;
                case ACCEPTED -> accepted;
                case HANDED_OVER -> accepted.plusDays(14);
                default -> null;
            };
            if (next == ProjectStatus.APPROVED) {
                LocalDate opens = pilot ? LocalDate.of(2022, 3, 1) : data.plannedStart() != null
                        ? data.plannedStart().minusDays(40) : LocalDate.now().minusDays(20);
                consultation.consent(id, compound, pilot || data.year() % 2 == 1 ? ConsentRule.CIVIL_CODE_278
                        : ConsentRule.TWO_THIRDS_HOUSEHOLDS, opens);
            }
            if (next == ProjectStatus.ACCEPTED) {
                inspections.completionAcceptance(id, data.implementingUnit(), accepted);
            }
            if (next == ProjectStatus.HANDED_OVER) {
                inspections.handOver(id, date);
            }
            String note = next == ProjectStatus.APPROVED ? "街道党工委会研究同意立项（示例）" : null;
            lifecycle.transition(id, new TransitionRequest(projects.get(id).version(), next, date,
                    next == ProjectStatus.ACCEPTED ? "河东区住房和建设委员会（示例）" : null, note, true));
            status = next;
            if (status == ProjectStatus.CONSULTING) {
                for (Long c : data.compoundIds()) {
                    if (registered.add(c)) {
                        consultation.register(c);
                    }
                }
                work.plan(id, plans);
                if (pilot) {
                    consultation.workingGroup(id);
                    consultation.needs(id, compound);
                }
            }
            if (status == ProjectStatus.IN_PROGRESS && share > 0) {
                work.log(id, started.plusDays(1), completed != null ? completed : LocalDate.now(), share);
            }
            if (status == ProjectStatus.COMPLETED && pilot) {
                consultation.satisfaction(id, compound, LocalDate.of(2022, 12, 1));
            }
            consultation.settle();
        }
        return id;
    }

    /**
     * The Jingjiang Dongli renewal as section (五) of the street's 2022 report gives it: the twelve quantities of
     * its closing sentence, and the works its next paragraphs describe.
     */
    static final List<DemoWork.Plan> JINGJIANG_DONGLI = List.of(
            new DemoWork.Plan("EXPOSED_LINES", "1742", null),
            new DemoWork.Plan("SEPTIC_TANK", "39", null),
            new DemoWork.Plan("SEWAGE_WELL", "869", null),
            new DemoWork.Plan("RAIN_INLET", "160", null),
            new DemoWork.Plan("UNDERGROUND_PIPES", "6103", null),
            new DemoWork.Plan("ROAD_PAVING", "11642", "含停车区整体铺装换新"),
            new DemoWork.Plan("FACADE_PAINTING", "1024", null),
            new DemoWork.Plan("TURF", "450", null),
            new DemoWork.Plan("HEDGE", "420", null),
            new DemoWork.Plan("CHARGING_POST", "7", null),
            new DemoWork.Plan("BENCH", "21", null),
            new DemoWork.Plan("SOLAR_LIGHT", "12", null),
            new DemoWork.Plan("FITNESS_EQUIPMENT", "6", "新增运动场所"),
            new DemoWork.Plan("TABLE_TENNIS", "2", "新增运动场所"),
            new DemoWork.Plan("GARDEN", "3", null),
            new DemoWork.Plan("PAVILION", "2", "小花园内"),
            new DemoWork.Plan("BICYCLE_SHED", "2", "停车棚提升改造"));

    private Long user(String username, String name, Role role, Long region, Set<Long> projectIds) {
        // created with a password the rules accept, then given the demo's well-known one, which they would not
        Long id = users.create(new UserAdminService.NewUser(username, name, "Demo-" + UUID.randomUUID(), role, region,
                projectIds));
        demoPasswords.setWellKnown(id, PASSWORD);
        return id;
    }

    private void runAs(String username, Role role) {
        securityContext.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, null, AuthorityUtils.createAuthorityList(role.authority())));
    }
}
