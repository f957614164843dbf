package org.chenggeng.consultation;

import org.chenggeng.project.ProjectData;
import org.chenggeng.project.ProjectAccess;
import org.chenggeng.project.ProjectEditing;
import org.chenggeng.project.ProjectLifecycle;
import org.chenggeng.project.TransitionRequest;
import org.chenggeng.project.ProjectStatus;
import org.chenggeng.region.CompoundService;
import org.chenggeng.region.RegionService;
import org.chenggeng.security.Role;
import org.chenggeng.security.UserAdminService;
import org.chenggeng.support.TestUsers;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fresh consultation sites for tests: a compound in the demo committee's community (靖江里社区) with a register of
 * its own, and a project on it in 征询, so that tests never depend on each other or on the demo's rounds.
 */
@Component
public class ConsultationFixture {

    private static final AtomicInteger NEXT = new AtomicInteger();

    private final TestUsers as;
    private final RegionService regions;
    private final CompoundService compounds;
    private final ProjectAccess projects;
    private final ProjectLifecycle lifecycle;
    private final ProjectEditing editing;
    private final HouseholdService households;
    private final RoundService rounds;
    private final ResponseService responses;
    private final org.chenggeng.support.SecurityAdmin users;

    ConsultationFixture(TestUsers as, RegionService regions, CompoundService compounds, ProjectAccess projects,
                        ProjectLifecycle lifecycle, ProjectEditing editing,                         HouseholdService households, RoundService rounds, ResponseService responses,
                        org.chenggeng.support.SecurityAdmin users) {
        this.as = as;
        this.regions = regions;
        this.compounds = compounds;
        this.projects = projects;
        this.lifecycle = lifecycle;
        this.editing = editing;
        this.households = households;
        this.rounds = rounds;
        this.responses = responses;
        this.users = users;
    }

    /** A compound, its register (households in order) and a project on it in 征询. */
    public record Site(Long compoundId, Long projectId, List<HouseholdRow> households) {

        public HouseholdRow household(int i) {
            return households.get(i);
        }
    }

    /** A site whose households have the given floor areas: building 1, units of four, rooms 101, 102, … */
    public Site site(String... areas) throws Exception {
        // the compound's record agrees with its register, as the consent gate requires
        BigDecimal total = java.util.Arrays.stream(areas).map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add);
        return site(areas.length, total.setScale(2), areas);
    }

    /** A site whose compound record has the given households and floor area, and a register of the given areas. */
    public Site site(int recordHouseholds, BigDecimal recordArea, String... areas) throws Exception {
        int n = NEXT.incrementAndGet() + (int) (System.nanoTime() % 100_000) * 100;
        return as.as("admin", () -> {
            Long community = community("靖江里社区");
            Long compound = compounds.create(community, new CompoundService.CompoundData("征询测试小区" + n, 1990, 2,
                    recordHouseholds, recordArea));
            for (int i = 0; i < areas.length; i++) {
                households.create(compound, new HouseholdData("1号楼", (i / 4 + 1) + "单元", String.valueOf(101 + i % 4),
                        new BigDecimal(areas[i]), "测试户主" + i, "1380000" + String.format("%04d", i)));
            }
            Long project = editing.create(new ProjectData("T-CS-" + n, "征询测试项目" + n, 2026, false, null, null,
                    null, null, null, Set.of(compound)));
            lifecycle.transition(project, new TransitionRequest(projects.get(project).version(),
                    ProjectStatus.CONSULTING, null, null, null));
            return new Site(compound, project, households.list(compound, null));
        });
    }

    public Site site(int households) throws Exception {
        String[] areas = new String[households];
        java.util.Arrays.fill(areas, "60.00");
        return site(areas);
    }

    public Long round(Site site, RoundKind kind, ConsentRule rule, Set<Long> items) throws Exception {
        return as.as("committee", () -> rounds.create(site.projectId(), new RoundData(kind, RoundMethod.DOOR_TO_DOOR,
                site.compoundId(), ScopeKind.COMPOUND, List.of(), null, LocalDate.now().minusDays(3), null, rule, items,
                null)));
    }

    /** A round of the site scoped to some buildings or (with a unit) one stairwell. */
    public Long round(Site site, ScopeKind scope, List<String> buildings, String unit, ConsentRule rule)
            throws Exception {
        return as.as("committee", () -> rounds.create(site.projectId(), new RoundData(RoundKind.CONSENT,
                RoundMethod.DOOR_TO_DOOR, site.compoundId(), scope, buildings, unit, LocalDate.now().minusDays(3), null,
                rule, Set.of(), null)));
    }

    /** Records the answers in order, household i answering answers[i] ({@code null}: no record). */
    public void answer(Long round, Site site, Answer... answers) throws Exception {
        as.run("committee", () -> {
            for (int i = 0; i < answers.length; i++) {
                if (answers[i] != null) {
                    responses.record(round, new ResponseService.RecordRequest(site.household(i).id(), answers[i],
                            Map.of(), false, false, null, null));
                }
            }
        });
    }

    public void close(Long round) throws Exception {
        as.run("committee", () -> rounds.close(round, rounds.get(round).round().version()));
    }

    /** A committee member of another community of the same street (程林社区). */
    public String otherCommittee() throws Exception {
        int n = NEXT.incrementAndGet() + (int) (System.nanoTime() % 100_000) * 100;
        String name = "t-cs-committee-" + n;
        as.run("admin", () -> {
            Long id = users.create(new UserAdminService.NewUser(name, "其他社区委员", "consult-test-pass-1",
                    Role.COMMUNITY_COMMITTEE, community("程林社区"), Set.of()));
            users.resetPassword(id, "consult-test-pass-1", false);
        });
        return name;
    }

    private Long community(String name) {
        return regions.all().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow().id();
    }

    static List<Answer> repeat(Answer a, int n) {
        List<Answer> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(a);
        }
        return list;
    }
}
