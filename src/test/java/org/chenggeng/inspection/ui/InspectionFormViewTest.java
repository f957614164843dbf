package org.chenggeng.inspection.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.chenggeng.inspection.CheckResult;
import org.chenggeng.inspection.Conclusion;
import org.chenggeng.inspection.InspectionKind;
import org.chenggeng.inspection.InspectionRow;
import org.chenggeng.inspection.InspectionService;
import org.chenggeng.project.ProjectQueries;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recording an inspection on its page: the chosen kind brings its checklist, a contradiction is refused in words and
 * records nothing, and once saved the form locks and the record is one tap away.
 */
@ChenggengTest
class InspectionFormViewTest extends SpringBrowserlessTest {

    @Autowired
    ProjectQueries projects;
    @Autowired
    InspectionService inspections;
    @Autowired
    TestUsers as;

    @Test
    @WithUserDetails("supervisor")
    @SuppressWarnings("unchecked")
    void theSupervisorRecordsASafetyInspectionWithAFindingAfterARefusal() throws Exception {
        long site = as.as("pm", () -> projects.loggable().stream().filter(p -> p.name().contains("富民路"))
                .findFirst().orElseThrow().id());
        int before = as.as("admin", () -> inspections.list(site)).size();
        InspectionFormView view = navigate("projects/" + site + "/inspections/new", InspectionFormView.class);
        test($(Select.class, view).id("inspection-kind")).selectItem(
                view.getTranslation(InspectionKind.SAFETY.labelKey()));
        Div checklist = $(Div.class, view).id("checklist");
        var lines = $(RadioButtonGroup.class, checklist).all();
        assertThat(lines).hasSizeGreaterThanOrEqualTo(4);
        lines.forEach(l -> l.setValue(CheckResult.OK));
        lines.getFirst().setValue(CheckResult.FAILED);
        test($(TextField.class, view).id("participant-org-0")).setValue("监理单位");
        test($(TextField.class, view).id("participant-names-0")).setValue("赵监理");
        ((RadioButtonGroup<Conclusion>) $(RadioButtonGroup.class, view).id("inspection-conclusion"))
                .setValue(Conclusion.PASSED);

        test($(Button.class, view).id("inspection-save")).click();
        assertThat($(Notification.class).last().getElement().getProperty("text", ""))
                .contains("不符合").contains("合格");
        assertThat(as.as("admin", () -> inspections.list(site))).hasSize(before);

        ((RadioButtonGroup<Conclusion>) $(RadioButtonGroup.class, view).id("inspection-conclusion"))
                .setValue(Conclusion.FAILED);
        test($(Button.class, view).id("add-finding")).click();
        test($(TextArea.class, view).id("finding-description-0")).setValue("临边防护栏杆缺失两处");
        test($(Button.class, view).id("inspection-save")).click();

        var recorded = as.as("admin", () -> inspections.list(site));
        assertThat(recorded).hasSize(before + 1);
        InspectionRow newest = recorded.getFirst();
        assertThat(newest.kind()).isEqualTo(InspectionKind.SAFETY);
        assertThat(newest.conclusion()).isEqualTo(Conclusion.FAILED);
        assertThat(newest.findings()).isEqualTo(1);
        assertThat($(Button.class, view).withId("inspection-save").all()).as("saved: no second save").isEmpty();
        assertThat($(Button.class, view).id("inspection-open").isVisible()).isTrue();
    }
}
