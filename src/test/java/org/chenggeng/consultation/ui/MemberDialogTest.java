package org.chenggeng.consultation.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import org.chenggeng.consultation.WorkingGroupService;
import org.chenggeng.project.ProjectFilter;
import org.chenggeng.project.ProjectQueries;

import org.chenggeng.support.ChenggengTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/** The working-group dialog marks the field left empty, with the member's own rule, and adds nobody. */
@ChenggengTest
class MemberDialogTest extends SpringBrowserlessTest {

    @Autowired
    ProjectQueries projects;
    @Autowired
    WorkingGroupService workingGroup;

    @Test
    @WithUserDetails("official")
    void anEmptyNameIsSaidOnTheNameFieldAndNobodyIsAdded() {
        navigate(HouseholdView.class);
        long project = projects.all(ProjectFilter.none()).stream().filter(p -> p.code().equals("YYH-2024-01"))
                .findFirst().orElseThrow().id();
        int before = workingGroup.members(project).size();
        new MemberDialog(workingGroup, project, null, () -> { }).open();
        $(TextField.class).id("member-organisation").setValue("程林里居委会");
        $(TextField.class).id("member-role").setValue("联络员");
        test($(Button.class).id("member-save")).click();

        TextField name = $(TextField.class).id("member-name");
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("请填写姓名、单位和在工作组中的职责。");
        assertThat($(TextField.class).id("member-role").isInvalid()).isFalse();
        assertThat($(Notification.class).exists()).isFalse();
        assertThat(workingGroup.members(project).size()).isEqualTo(before);
    }
}
