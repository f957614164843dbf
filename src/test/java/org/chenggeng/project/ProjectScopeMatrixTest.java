package org.chenggeng.project;

import org.chenggeng.audit.AuditService;
import org.chenggeng.region.CompoundService;
import org.chenggeng.region.RegionService;
import org.chenggeng.security.Role;
import org.chenggeng.security.ScopeDirectory;
import org.chenggeng.security.UserAdminService;
import org.chenggeng.shared.DomainException;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The access-control matrix: each service operation × each role and scope → allowed or denied, at the
 * service level. "Allowed" means the call got past role and scope (it may still be refused by a rule of the
 * domain: the matrix sends deliberately incomplete input so that nothing changes); "denied" means an
 * access-denied exception. Users: the four demo users (official of 月牙河街, project manager of the Jingjiang
 * Dongli project, committee of 靖江里社区), an official of another street, and a project manager with no projects.
 */
@ChenggengTest
class ProjectScopeMatrixTest {

    @Autowired
    ProjectAccess projects;
    @Autowired
    ProjectEditing editing;
    @Autowired
    ProjectLifecycle lifecycle;
    @Autowired
    ProjectQueries projectQueries;
    @Autowired
    UserAdminService users;
    @Autowired
    org.chenggeng.support.SecurityAdmin accounts;
    @Autowired
    RegionService regions;
    @Autowired
    CompoundService compounds;
    @Autowired
    AuditService audit;
    @Autowired
    TestUsers as;

    private Map<String, Long> projectIds;
    private Map<String, Long> compoundIds;

    @BeforeEach
    void setUp() throws Exception {
        as.run("security", () -> {
            if (users.search("official2", PageRequest.of(0, 5)).isEmpty()) {
                Long otherStreet = regions.all().stream().filter(r -> r.name().equals("大王庄街")).findFirst()
                        .orElseThrow().id();
                Long official2 = users.create(new UserAdminService.NewUser("official2", "其他街道干部",
                        "matrix-password-1", Role.OFFICIAL, otherStreet, Set.of()));
                Long pm2 = users.create(new UserAdminService.NewUser("pm2", "无项目经理", "matrix-password-1",
                        Role.PROJECT_MANAGER, otherStreet, Set.of()));
                accounts.resetPassword(official2, "matrix-password-1", false);
                accounts.resetPassword(pm2, "matrix-password-1", false);
            }
            projectIds = users.projectChoices().stream()
                    .collect(Collectors.toMap(ScopeDirectory.ProjectChoice::code, ScopeDirectory.ProjectChoice::id));
        });
        as.run("admin", () -> {
            compoundIds = compounds.inScope().stream()
                    .collect(Collectors.toMap(CompoundService.CompoundRow::name, CompoundService.CompoundRow::id));
        });
    }

    @ParameterizedTest(name = "{0} as {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            read Jingjiang Dongli         | admin     | allowed
            read Jingjiang Dongli         | official  | allowed
            read Jingjiang Dongli         | pm        | allowed
            read Jingjiang Dongli         | committee | allowed
            read Jingjiang Dongli         | official2 | denied
            read Jingjiang Dongli         | pm2       | denied
            read Dawangzhuang             | admin     | allowed
            read Dawangzhuang             | official  | denied
            read Dawangzhuang             | pm        | denied
            read Dawangzhuang             | committee | denied
            read Dawangzhuang             | official2 | allowed
            read Yueyahe Beili            | committee | denied
            read Jingjiang Dongli         | supervisor | allowed
            read Dawangzhuang             | supervisor | denied
            edit Jingjiang Dongli         | supervisor | denied
            create in Yueyahe street      | supervisor | denied
            start work on Wanxinli        | supervisor | denied
            list users                    | supervisor | denied
            read audit log                | supervisor | denied
            edit Jingjiang Dongli         | admin     | allowed
            edit Jingjiang Dongli         | official  | allowed
            edit Jingjiang Dongli         | pm        | allowed
            edit Jingjiang Dongli         | committee | denied
            edit Jingjiang Dongli         | official2 | denied
            edit Jingjiang Dongli         | pm2       | denied
            edit Yueyahe Beili            | pm        | denied
            create in Yueyahe street      | admin     | allowed
            create in Yueyahe street      | official  | allowed
            create in Yueyahe street      | pm        | denied
            create in Yueyahe street      | committee | denied
            create in Yueyahe street      | official2 | denied
            start work on Wanxinli        | admin     | allowed
            start work on Wanxinli        | official  | allowed
            start work on Wanxinli        | pm        | denied
            start work on Wanxinli        | committee | denied
            start work on Wanxinli        | official2 | denied
            history of Jingjiang Dongli   | pm        | allowed
            history of Jingjiang Dongli   | pm2       | denied
            list users                    | admin     | denied
            list users                    | security  | allowed
            list users                    | auditor   | denied
            reset a password              | admin     | denied
            reset a password              | auditor   | denied
            list users                    | official  | denied
            list users                    | pm        | denied
            list users                    | committee | denied
            reset a password              | official  | denied
            reset a password              | pm        | denied
            read audit log                | admin     | denied
            read audit log                | security  | denied
            read audit log                | auditor   | allowed
            read audit log                | official  | allowed
            read audit log                | pm        | denied
            read audit log                | committee | denied
            add a region                  | admin     | allowed
            add a region                  | security  | denied
            add a region                  | auditor   | denied
            read Jingjiang Dongli         | security  | denied
            read Jingjiang Dongli         | auditor   | denied
            edit Jingjiang Dongli         | security  | denied
            edit Jingjiang Dongli         | auditor   | denied
            create in Yueyahe street      | security  | denied
            create in Yueyahe street      | auditor   | denied
            add a compound                | security  | denied
            add a compound                | auditor   | denied
            add a region                  | official  | denied
            add a region                  | pm        | denied
            add a compound                | admin     | allowed
            add a compound                | official  | denied
            add a compound                | committee | denied
            """)
    void operationIsAllowedOnlyWithinRoleAndScope(String operation, String user, String expected) throws Exception {
        String outcome = as.as(user, () -> {
            try {
                perform(operation.trim());
                return "allowed";
            } catch (DomainException e) {
                return "allowed";
            } catch (AccessDeniedException e) {
                return "denied";
            }
        });
        assertThat(outcome).as("%s as %s", operation, user).isEqualTo(expected.trim());
    }

    private void perform(String operation) {
        switch (operation) {
            case "read Jingjiang Dongli" -> projects.get(projectIds.get("YYH-2022-01"));
            case "read Dawangzhuang" -> projects.get(projectIds.get("DWZ-2025-01"));
            case "read Yueyahe Beili" -> projects.get(projectIds.get("YYH-2023-01"));
            case "edit Jingjiang Dongli" -> editing.update(projectIds.get("YYH-2022-01"), -1, sampleData());
            case "edit Yueyahe Beili" -> editing.update(projectIds.get("YYH-2023-01"), -1, sampleData());
            case "create in Yueyahe street" -> editing.create(new ProjectData("非法编号", "x", 2025, false, null, null,
                    null, null, null, Set.of(compoundIds.get("靖江里"))));
            case "start work on Wanxinli" -> lifecycle.transition(projectIds.get("YYH-2025-01"),
                    new TransitionRequest(-1, ProjectStatus.IN_PROGRESS, null, null, null));
            case "history of Jingjiang Dongli" -> lifecycle.history(projectIds.get("YYH-2022-01"));
            case "list users" -> users.search(null, PageRequest.of(0, 10));
            case "reset a password" -> users.resetPassword(1L, "short", true);
            case "read audit log" -> audit.count(new AuditService.AuditFilter(null, null, null, null, null));
            case "add a region" -> regions.create(null, " ", null);
            case "add a compound" -> compounds.create(null, new CompoundService.CompoundData("x", null, 1, 1,
                    BigDecimal.ONE));
            default -> throw new IllegalArgumentException(operation);
        }
    }

    private ProjectData sampleData() {
        return new ProjectData("YYH-2022-01", "靖江东里小区城市更新改造", 2022, true, null, null, null, null, null,
                Set.of(compoundIds.get("靖江东里")));
    }

    @ParameterizedTest(name = "{0} sees {1} of the demo YYH projects and {2} of the DWZ ones")
    @CsvSource(delimiter = '|', textBlock = """
            admin     | 10 | 1
            official  | 10 | 0
            pm        | 2  | 0
            committee | 2  | 0
            supervisor | 10 | 0
            official2 | 0 | 1
            pm2       | 0 | 0
            """)
    void theProjectListShowsOnlyProjectsInScope(String user, long yyh, long dwz) throws Exception {
        long seenYyh = as.as(user, () -> projectQueries.count(new ProjectFilter("YYH-", null, null, null, null)));
        long seenDwz = as.as(user, () -> projectQueries.count(new ProjectFilter("DWZ-", null, null, null, null)));
        assertThat(seenYyh).isEqualTo(yyh);
        assertThat(seenDwz).isEqualTo(dwz);
    }
}
