package org.chenggeng.inspection;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * At the door, when someone else saved the household first: the committee member is told so in words, the card shows
 * the other record, and what they typed stays in the form, to be saved again once they have looked.
 */
@ChenggengTest
class DoorConflictOnScreenTest extends SpringBrowserlessTest {

    @Autowired
    HouseholdAcceptanceService doors;
    @Autowired
    InspectionFixture fixture;
    @Autowired
    TestUsers as;

    @Test
    @WithUserDetails("committee")
    void aDoorSavedBySomeoneElseMeanwhileIsShownAndWhatWasTypedIsKept() throws Exception {
        long project = fixture.freshProject("WATER_METER");
        as.run(InspectionFixture.MANAGER, () -> doors.setInHome(project,
                Set.of(fixture.item(project, "WATER_METER").id())));
        var door = as.as("committee", () -> doors.doors(project, "1号楼", "1单元")).getFirst();
        String room = door.household().room();
        navigate("projects/" + project + "/household-acceptance", Component.class);
        Div card = $(Div.class).id("door-" + room);
        test($(Button.class, card).id("door-" + room + "-accepted")).click();
        test($(TextField.class, card).id("door-" + room + "-form")).setValue("FH-MINE");
        test($(TextArea.class, card).id("door-" + room + "-note")).setValue("我在门口记录的");

        as.run("admin", () -> doors.record(project, door.household().id(), -1, new HouseholdAcceptanceService.Visit(
                DoorResult.REFUSED, "另一位记录人：住户不在家", null, null, null, null)));
        test($(Button.class, card).id("door-" + room + "-save")).click();

        assertThat($(Notification.class).last().getElement().getProperty("text", ""))
                .startsWith(door.household().address() + " 的验收刚刚已由他人保存");
        assertThat(card.getElement().getTextRecursively()).contains("拒绝验收", "admin", "另一位记录人：住户不在家");
        assertThat($(TextField.class, card).id("door-" + room + "-form").getValue()).isEqualTo("FH-MINE");
        assertThat($(TextArea.class, card).id("door-" + room + "-note").getValue()).isEqualTo("我在门口记录的");
        assertThat($(Button.class, card).id("door-" + room + "-save").getParent().orElseThrow().isVisible())
                .as("the form stays open").isTrue();

        test($(Button.class, card).id("door-" + room + "-save")).click();

        var stored = as.as("committee", () -> doors.doors(project, "1号楼", "1单元")).getFirst();
        assertThat(stored.result()).as("saved again, knowingly, over the other record").isEqualTo(DoorResult.ACCEPTED);
        assertThat(stored.formNumber()).isEqualTo("FH-MINE");
        assertThat(stored.recordedBy()).isEqualTo("committee");
    }
}
