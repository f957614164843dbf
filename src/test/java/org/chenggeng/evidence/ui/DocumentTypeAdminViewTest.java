package org.chenggeng.evidence.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.chenggeng.evidence.DocumentTypeAdmin;
import org.chenggeng.evidence.DocumentTypes;
import org.chenggeng.shared.DomainException;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The administrator adds, renames and deactivates document types on their screen; nobody else may, and bad input
 * changes nothing. A deactivated type stays in the list but is no longer offered for uploads.
 */
@ChenggengTest
class DocumentTypeAdminViewTest extends SpringBrowserlessTest {

    @Autowired
    DocumentTypeAdmin admin;
    @Autowired
    DocumentTypes offered;
    @Autowired
    TestUsers as;

    @Test
    @WithUserDetails("admin")
    void theAdministratorKeepsTheList() {
        navigate(DocumentTypeAdminView.class);
        test($(TextField.class).id("doctype-code")).setValue("survey_x");
        test($(TextField.class).id("doctype-zh")).setValue("测绘报告");
        test($(TextField.class).id("doctype-en")).setValue("Survey report");
        test($(Button.class).id("doctype-save")).click();
        assertThat(row("SURVEY_X")).isEqualTo(new DocumentTypeAdmin.Row("SURVEY_X", "测绘报告", "Survey report", true,
                false));

        test($(Grid.class).id("doctype-grid")).clickRow(index("SURVEY_X"));
        assertThat($(TextField.class).id("doctype-code").isReadOnly()).isTrue();
        test($(TextField.class).id("doctype-zh")).setValue("测绘成果");
        test($(Button.class).id("doctype-save")).click();
        assertThat(row("SURVEY_X").nameZh()).isEqualTo("测绘成果");

        @SuppressWarnings("unchecked")
        Grid<DocumentTypeAdmin.Row> grid = $(Grid.class).id("doctype-grid");
        test((Button) test(grid).getCellComponent(index("SURVEY_X"), 3)).click();
        assertThat(row("SURVEY_X").active()).isFalse();
        assertThat(offered.active()).noneMatch(c -> c.code().equals("SURVEY_X"));

        test($(TextField.class).id("doctype-code")).setValue("BAD CODE");
        test($(TextField.class).id("doctype-zh")).setValue("x");
        test($(TextField.class).id("doctype-en")).setValue("x");
        int before = admin.all().size();
        test($(Button.class).id("doctype-save")).click();
        assertThat(admin.all()).hasSize(before);
        assertThatThrownBy(() -> admin.rename("SURVEY_X", " ", "x")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> admin.add("PLAN", "别的", "Other")).isInstanceOf(DomainException.class);
    }

    @Test
    void othersAreRefusedByTheService() {
        for (String user : new String[]{"pm", "official"}) {
            assertThatThrownBy(() -> as.run(user, () -> admin.add("NOPE", "不行", "No")))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as.run(user, () -> admin.setActive("PLAN", false)))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    private DocumentTypeAdmin.Row row(String code) {
        return admin.all().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    private int index(String code) {
        return admin.all().stream().map(DocumentTypeAdmin.Row::code).toList().indexOf(code);
    }
}
