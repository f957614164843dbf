package org.chenggeng.consultation.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import org.chenggeng.consultation.HouseholdRow;
import org.chenggeng.region.CompoundService;
import org.chenggeng.support.ChenggengTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** The household dialog says a bad value on its field, the register's own rule or the service's, and adds nothing. */
@ChenggengTest
class HouseholdDialogTest extends SpringBrowserlessTest {

    @Autowired
    CompoundService compounds;

    @Test
    @WithUserDetails("committee")
    void aZeroAreaIsSaidOnTheAreaFieldAndNothingIsAdded() {
        openRegister("靖江东里");
        int before = test(register()).size();
        test($(Button.class).id("add-household")).click();
        $(TextField.class).id("household-building-field").setValue("99");
        $(TextField.class).id("household-unit-field").setValue("1");
        $(TextField.class).id("household-room-field").setValue("101");
        $(BigDecimalField.class).id("household-area-field").setValue(BigDecimal.ZERO);
        test($(Button.class).id("household-save")).click();

        BigDecimalField area = $(BigDecimalField.class).id("household-area-field");
        assertThat(area.isInvalid()).isTrue();
        assertThat(area.getErrorMessage()).isEqualTo("建筑面积须大于 0 且不超过 9999.99 平方米。");
        assertThat($(Notification.class).exists()).isFalse();
        openRegister("靖江东里");
        assertThat(test(register()).size()).isEqualTo(before);
    }

    @Test
    @WithUserDetails("committee")
    void anEmptyBuildingIsSaidOnItsField() {
        openRegister("靖江东里");
        test($(Button.class).id("add-household")).click();
        $(TextField.class).id("household-room-field").setValue("101");
        test($(Button.class).id("household-save")).click();

        TextField building = $(TextField.class).id("household-building-field");
        assertThat(building.isInvalid()).isTrue();
        assertThat(building.getErrorMessage()).isEqualTo("请填写“楼号”。");
    }

    @Test
    @WithUserDetails("committee")
    void anAddressAlreadyInTheRegisterIsSaidOnTheRoomField() {
        openRegister("靖江东里");
        int before = test(register()).size();
        test($(Button.class).id("add-household")).click();
        $(TextField.class).id("household-building-field").setValue(test(register()).getCellText(0, 0));
        $(TextField.class).id("household-unit-field").setValue(test(register()).getCellText(0, 1));
        $(TextField.class).id("household-room-field").setValue(test(register()).getCellText(0, 2));
        $(BigDecimalField.class).id("household-area-field").setValue(new BigDecimal("60"));
        test($(Button.class).id("household-save")).click();

        TextField room = $(TextField.class).id("household-room-field");
        assertThat(room.isInvalid()).isTrue();
        assertThat(room.getErrorMessage()).startsWith("住址").endsWith("已在名册中。");
        openRegister("靖江东里");
        assertThat(test(register()).size()).isEqualTo(before);
    }

    @SuppressWarnings("unchecked")
    private void openRegister(String compoundName) {
        navigate(HouseholdView.class);
        CompoundService.CompoundRow row = compounds.inScope().stream().filter(c -> c.name().equals(compoundName))
                .findFirst().orElseThrow();
        ComboBox<CompoundService.CompoundRow> compound = $(ComboBox.class).id("household-compound");
        compound.setValue(row);
    }

    @SuppressWarnings("unchecked")
    private Grid<HouseholdRow> register() {
        return $(Grid.class).id("household-grid");
    }
}
