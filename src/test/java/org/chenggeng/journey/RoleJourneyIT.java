package org.chenggeng.journey;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.chenggeng.audit.AuditService;
import org.chenggeng.support.Chromium;
import org.chenggeng.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.util.Arrays;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real logins in Chromium against the running application: each demo role sees its own menu, a project
 * manager cannot open user administration, and the language switch turns the UI to English and back,
 * remembered for the user. Screenshots of the screens land in target/screenshots for people to look at.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class RoleJourneyIT {

    private static Chromium chromium;
    private static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    AuditService audit;
    @Autowired
    TestUsers as;
    private BrowserContext context;
    private Page page;

    @BeforeAll
    static void launch() throws Exception {
        chromium = Chromium.launch("browser journeys");
        browser = chromium.browser();
    }

    @AfterAll
    static void close() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @BeforeEach
    void open() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 900).setLocale("en-US"));
        context.setDefaultTimeout(30_000);
        page = context.newPage();
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    @ParameterizedTest(name = "{0} sees the menu {1}")
    @CsvSource(delimiter = '|', textBlock = """
            admin     | 工作总览,项目,登记进度,整改问题,入户征询,住户名册,报告,年度计划,导入项目清单,统计报送,行政区划,小区,工程内容目录,资金来源,文件类型,检查表模板,公示设置,月度锁定
            official  | 工作总览,项目,整改问题,住户名册,报告,年度计划,统计报送,月度锁定,审计日志
            pm        | 项目,登记进度,整改问题,报告
            committee | 项目,整改问题,入户征询,住户名册,报告
            supervisor | 项目,整改问题
            """)
    void eachRoleSeesItsOwnMenuInChineseByDefault(String user, String menu) {
        login(user);
        assertThat(menuLabels()).containsExactlyElementsOf(Arrays.asList(menu.split(",")));
        assertThat(page.locator("#project-grid")).isVisible();
        shot("projects-" + user + "-zh");
    }

    @Test
    void aProjectManagerCannotOpenUserAdministration() {
        login("pm");
        page.navigate(url("admin/users"));
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(page.locator("text=页面不存在").first()).isVisible();
        assertThat(page.locator("#create-user")).hasCount(0);
        shot("denied-pm");
    }

    @Test
    void aFailedLoginSaysTheSameWhateverTheCause() {
        page.navigate(url("login"));
        fillLogin("pm", "wrong-password");
        assertThat(page.locator("vaadin-login-form")).containsText("用户名或密码不正确");
        shot("login-failed");
    }

    @Test
    void theLanguageSwitchTurnsTheUiToEnglishAndBackAndIsRemembered() {
        login("official");
        page.locator("#language-switch").click();
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(page.locator("#main-menu")).containsText("Projects");
        assertThat(page.locator("h2").first()).hasText("Renewal projects");
        shot("projects-official-en");
        page.locator("#project-grid").locator("text=YYH-2022-01").first().click();
        assertThat(page.locator("#project-title")).hasText("靖江东里小区城市更新改造");
        shot("project-official-en");
        page.locator("#open-progress").click();
        assertThat(page.locator("#overall-percent")).containsText("Overall completion");
        shot("progress-official-en");
        page.navigate(url("locks"));
        assertThat(page.locator("#lock-grid")).containsText("Dec 2022");
        shot("locks-official-en");

        BrowserContext other = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN"));
        Page second = other.newPage();
        loginOn(second, "official");
        assertThat(second.locator("#main-menu")).containsText("Projects");
        other.close();

        page.locator("#language-switch").click();
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(page.locator("#main-menu")).containsText("项目");
        shot("project-official-zh");
    }

    @Test
    void loggingOutEndsTheSessionAndIsAudited() throws Exception {
        login("committee");
        page.locator("#user-menu").click();
        page.locator("vaadin-menu-bar-item", new Page.LocatorOptions().setHasText("退出登录")).click();
        page.waitForURL("**/login");
        page.navigate(url(""));
        page.waitForURL("**/login");
        var entries = as.as("auditor", () -> audit.search(new AuditService.AuditFilter("committee", null, "SECURITY",
                null, null), PageRequest.of(0, 20)));
        assertThat(entries).extracting(AuditService.AuditRow::action).contains("LOGOUT");
    }

    @Test
    void anOfficialFollowsAProjectsProgressAndLocksAMonth() {
        login("official");
        page.locator("#project-grid").locator("text=YYH-2022-01").first().click();
        page.locator("#open-progress").click();
        assertThat(page.locator("#overall-percent")).containsText("100.0%");
        assertThat(page.locator("cg-echart canvas")).hasCount(1);
        assertThat(page.locator("vaadin-grid.work-items").first()).containsText("外露线网治理");
        shot("progress-official-zh");
        page.navigate(url("locks"));
        assertThat(page.locator("#lock-grid")).containsText("2022年12月");
        shot("locks-official-zh");
    }

    @Test
    void theLoginPageOffersEnglishBeforeSigningIn() {
        page.navigate(url("login"));
        page.locator("#language-switch").click();
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(page.locator("vaadin-login-form")).containsText("Log in");
        shot("login-en");
    }

    @Test
    void theThreeAdministratorsEachOpenTheirOwnWorkAndNotTheOthers() {
        login("security");
        assertThat(page.locator("vaadin-grid").first()).containsText("committee");
        assertThat(page.locator("h2").first()).hasText("用户管理");
        shot("users-security-zh");
        page.locator("#language-switch").click();
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(page.locator("h2").first()).hasText("Users");
        shot("users-security-en");
        page.locator("#language-switch").click();
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(page.locator("h2").first()).hasText("用户管理");
        page.navigate(url("audit"));
        assertThat(page.locator("#audit-grid")).hasCount(0);

        page.context().clearCookies();
        login("auditor");
        assertThat(page.locator("#audit-grid")).containsText("security");
        shot("audit-auditor-zh");
        page.navigate(url("admin/users"));
        assertThat(page.locator("vaadin-grid")).hasCount(0);

        page.context().clearCookies();
        login("admin");
        page.navigate(url("admin/regions"));
        assertThat(page.locator("#region-tree")).containsText("月牙河街");
        shot("regions-admin-zh");
        page.navigate(url("admin/work-types"));
        assertThat(page.locator("#work-type-grid")).containsText("清淘12座化粪池");
        shot("work-types-admin-zh");
        page.navigate(url("admin/users"));
        assertThat(page.locator("vaadin-grid")).hasCount(0);
        page.navigate(url("audit"));
        assertThat(page.locator("#audit-grid")).hasCount(0);
    }

    private void login(String user) {
        page.navigate(url("login"));
        shot("login-zh");
        loginOn(page, user);
    }

    private void loginOn(Page target, String user) {
        target.navigate(url("login"));
        target.locator("input[name=username]").fill(user);
        target.locator("input[name=password]").fill("chenggeng-demo");
        target.locator("vaadin-button[slot=submit]").click();
        target.locator("#main-menu").waitFor();
    }

    private void fillLogin(String user, String password) {
        page.locator("input[name=username]").fill(user);
        page.locator("input[name=password]").fill(password);
        page.locator("vaadin-button[slot=submit]").click();
        page.waitForURL("**/login?error");
    }

    private List<String> menuLabels() {
        page.locator("#main-menu vaadin-side-nav-item").first().waitFor();
        return page.locator("#main-menu vaadin-side-nav-item").allTextContents().stream().map(String::trim).toList();
    }

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    private void shot(String name) {
        page.waitForLoadState(LoadState.NETWORKIDLE);
        Chromium.shot(page, name, false);
    }
}
