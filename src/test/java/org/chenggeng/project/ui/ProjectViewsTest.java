package org.chenggeng.project.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.notification.Notification;
import org.chenggeng.project.ProjectFilter;
import org.chenggeng.project.ProjectQueries;
import org.chenggeng.support.ChenggengTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@ChenggengTest
class ProjectViewsTest extends SpringBrowserlessTest {

    @Autowired
    ProjectQueries projects;

    @Test
    @WithUserDetails("pm")
    void aProjectManagerSeesOnlyTheirProjectsAndNoAdministrationInTheMenu() {
        ProjectListView view = navigate(ProjectListView.class);

        @SuppressWarnings("unchecked")
        Grid<Object> grid = $(Grid.class, view).id("project-grid");
        assertThat(test(grid).size()).isEqualTo(2);
        assertThat(java.util.stream.IntStream.range(0, 2).mapToObj(i -> test(grid).getCellText(i, 0)))
                .containsExactlyInAnyOrder("YYH-2022-01", "YYH-2024-01");
        assertThat($(Span.class, view).id("project-count").getText()).isEqualTo("共 2 个项目");
        assertThat($(Button.class, view).withId("create-project").exists()).isFalse();
        assertThat(menuLabels()).containsExactly("项目", "登记进度", "整改问题", "报告");
    }

    @Test
    @WithUserDetails("admin")
    void theSystemAdministratorHasEveryMenuEntryButUsersAndTheAuditLog() {
        navigate(ProjectListView.class);
        assertThat(menuLabels()).containsExactly("工作总览", "项目", "登记进度", "整改问题", "入户征询", "住户名册", "报告",
                "年度计划", "导入项目清单", "统计报送", "行政区划", "小区", "工程内容目录", "资金来源", "文件类型",
                "检查表模板", "公示设置", "月度锁定");
    }

    @Test
    @WithUserDetails("official")
    void anOfficialCreatesAProjectFromTheListAndLandsOnItsPage() {
        ProjectListView list = navigate(ProjectListView.class);
        test($(Button.class, list).id("create-project")).click();

        $(TextField.class).id("project-code").setValue("T-UI-001");
        $(TextField.class).id("project-name").setValue("界面测试：程林里楼道灯更换");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Object> compounds = $(MultiSelectComboBox.class).id("project-compounds");
        Object chenglinli = compounds.getListDataView().getItems()
                .filter(c -> c.toString().contains("程林里")).findFirst().orElseThrow();
        compounds.setValue(Set.of(chenglinli));
        test($(Button.class).id("project-save")).click();

        assertThat(getCurrentView()).isInstanceOf(ProjectView.class);
        assertThat($(H2.class).id("project-title").getText()).isEqualTo("界面测试：程林里楼道灯更换");
        assertThat($(Button.class).id("transition-button").getText()).isEqualTo("转入：征询");
    }

    @Test
    @WithUserDetails("official")
    void aRefusedSaveKeepsTheDialogOpenWithTheUsersInput() {
        ProjectListView list = navigate(ProjectListView.class);
        test($(Button.class, list).id("create-project")).click();
        $(TextField.class).id("project-code").setValue("T-UI-002");
        $(TextField.class).id("project-name").setValue("没有选择小区");
        test($(Button.class).id("project-save")).click();

        assertThat(getCurrentView()).isInstanceOf(ProjectListView.class);
        assertThat($(TextField.class).id("project-name").getValue()).isEqualTo("没有选择小区");
        assertThat($(TextArea.class).exists()).isTrue();
    }

    @Test
    @WithUserDetails("official")
    void aBadCodeIsSaidOnTheCodeFieldAndNothingIsSaved() {
        long before = projects.count(ProjectFilter.none());
        ProjectListView list = navigate(ProjectListView.class);
        test($(Button.class, list).id("create-project")).click();
        $(TextField.class).id("project-code").setValue("坏编号");
        $(TextField.class).id("project-name").setValue("编号不合规则");
        chooseChenglinli();
        test($(Button.class).id("project-save")).click();

        TextField code = $(TextField.class).id("project-code");
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).isEqualTo("项目编号须为 2–40 个字母、数字或连字符。");
        assertThat($(Notification.class).exists()).isFalse();
        assertThat(projects.count(ProjectFilter.none())).isEqualTo(before);
    }

    @Test
    @WithUserDetails("official")
    void aCodeTheServiceFindsTakenIsSaidOnTheCodeField() {
        long before = projects.count(ProjectFilter.none());
        ProjectListView list = navigate(ProjectListView.class);
        test($(Button.class, list).id("create-project")).click();
        $(TextField.class).id("project-code").setValue("YYH-2022-01");
        $(TextField.class).id("project-name").setValue("编号已被使用");
        chooseChenglinli();
        test($(Button.class).id("project-save")).click();

        TextField code = $(TextField.class).id("project-code");
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).isEqualTo("项目编号“YYH-2022-01”已被使用。");
        assertThat(projects.count(ProjectFilter.none())).isEqualTo(before);
    }

    @Test
    @WithUserDetails("official")
    void theEditFormShowsTheProjectsDetailsAndSavesAChangedName() {
        ProjectListView list = navigate(ProjectListView.class);
        test($(Button.class, list).id("create-project")).click();
        $(TextField.class).id("project-code").setValue("T-UI-003");
        $(TextField.class).id("project-name").setValue("改名之前");
        chooseChenglinli();
        $(TextField.class).id("project-scope-buildings").setValue("3号楼");
        test($(Button.class).id("project-save")).click();

        test($(Button.class).id("edit-project")).click();
        assertThat($(TextField.class).id("project-code").getValue()).isEqualTo("T-UI-003");
        assertThat($(TextField.class).id("project-scope-buildings").getValue()).isEqualTo("3号楼");
        assertThat($(MultiSelectComboBox.class).id("project-compounds").getValue()).hasSize(1);
        $(TextField.class).id("project-name").setValue("改名之后");
        test($(Button.class).id("project-save")).click();

        assertThat($(H2.class).id("project-title").getText()).isEqualTo("改名之后");
    }

    private void chooseChenglinli() {
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Object> compounds = $(MultiSelectComboBox.class).id("project-compounds");
        compounds.setValue(Set.of(compounds.getListDataView().getItems()
                .filter(c -> c.toString().contains("程林里")).findFirst().orElseThrow()));
    }

    @Test
    @WithUserDetails("official")
    void theListSpeaksEnglishWhenTheUserChoseEnglish() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        // away and back: Vaadin keeps the view of the route it is on, built in the language it had then (a change of
        // language reloads the page in the product, which builds every view again)
        UI.getCurrent().navigate("profile");
        ProjectListView view = navigate(ProjectListView.class);
        assertThat($(H2.class, view).first().getText()).isEqualTo("Renewal projects");
        assertThat($(Button.class, view).id("create-project").getText()).isEqualTo("New project");
    }

    private java.util.List<String> menuLabels() {
        return $(SideNav.class).id("main-menu").getItems().stream().map(SideNavItem::getLabel).toList();
    }
}
