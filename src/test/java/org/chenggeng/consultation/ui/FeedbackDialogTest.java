package org.chenggeng.consultation.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import org.chenggeng.consultation.FeedbackCategory;
import org.chenggeng.consultation.FeedbackService;
import org.chenggeng.project.ProjectFilter;
import org.chenggeng.project.ProjectQueries;
import org.chenggeng.support.ChenggengTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/** The feedback dialog says missing content on the content field, with the feedback's own rule, and records nothing. */
@ChenggengTest
class FeedbackDialogTest extends SpringBrowserlessTest {

    @Autowired
    ProjectQueries projects;
    @Autowired
    FeedbackService feedback;

    @Test
    @WithUserDetails("committee")
    @SuppressWarnings("unchecked")
    void emptyContentIsSaidOnTheContentFieldAndNothingIsRecorded() {
        long id = projects.page(new ProjectFilter("YYH-2022-01", null, null, null, null), PageRequest.of(0, 1))
                .getFirst().id();
        int before = feedback.list(id).size();
        navigate("projects/" + id + "/consultation", ConsultationView.class);
        $(TabSheet.class).id("consultation-tabs").setSelectedIndex(1);
        test($(Button.class).id("create-feedback")).click();
        $(Select.class).id("feedback-category").setValue(FeedbackCategory.values()[0]);
        $(TextArea.class).id("feedback-content").setValue("   ");
        test($(Button.class).id("feedback-save")).click();

        TextArea content = $(TextArea.class).id("feedback-content");
        assertThat(content.isInvalid()).isTrue();
        assertThat(content.getErrorMessage()).isEqualTo("请填写渠道、类别、内容和收到日期。");
        assertThat($(Select.class).id("feedback-category").isInvalid()).isFalse();
        assertThat($(Notification.class).exists()).isFalse();
        assertThat(feedback.list(id).size()).isEqualTo(before);
    }
}
