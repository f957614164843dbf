package org.chenggeng.work.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.work.PhraseOrder;
import org.chenggeng.work.ReportSection;
import org.chenggeng.work.Unit;
import org.chenggeng.work.WorkCategory;
import org.chenggeng.work.WorkTypeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalogue dialog says a bad code on the code field, with the work type's own rule, and adds nothing. */
@ChenggengTest
class WorkTypeDialogTest extends SpringBrowserlessTest {

    @Autowired
    WorkTypeService types;

    @Test
    @WithUserDetails("admin")
    @SuppressWarnings("unchecked")
    void aLowerCaseCodeIsSaidOnTheCodeFieldAndNothingIsAdded() {
        navigate(WorkTypeAdminView.class);
        int before = types.all().size();
        new WorkTypeDialog(types, null, () -> { }).open();
        List<TextField> texts = $(TextField.class).all();
        texts.forEach(t -> t.setValue("外墙"));
        $(TextField.class).id("work-type-code").setValue("facade");
        $(Select.class).all().forEach(s -> s.setValue(s.getListDataView().getItems().findFirst().orElseThrow()));
        test($(Button.class).id("work-type-save")).click();

        TextField code = $(TextField.class).id("work-type-code");
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).isEqualTo("编码须为 2–40 个大写字母、数字或下划线，以字母开头。");
        assertThat(texts.stream().filter(t -> t != code).noneMatch(TextField::isInvalid)).isTrue();
        assertThat($(Notification.class).exists()).isFalse();
        assertThat(types.all().size()).isEqualTo(before);
    }
}
