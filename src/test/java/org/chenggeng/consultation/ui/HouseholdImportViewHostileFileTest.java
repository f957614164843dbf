package org.chenggeng.consultation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.QueryParameters;
import org.chenggeng.consultation.HouseholdImportFixture;
import org.chenggeng.shared.xlsx.HostileXlsx;
import org.chenggeng.support.BackgroundUiTest;
import org.chenggeng.support.ChenggengTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/** The household import screen says why a hostile file was refused and the register stays as it was. */
@ChenggengTest
class HouseholdImportViewHostileFileTest extends BackgroundUiTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    HouseholdImportFixture fixture;

    @Test
    @WithUserDetails("committee")
    void aCellFarToTheRightAndAnOldXlsFileAreRefusedWithTheirReason() throws Exception {
        Long compound = fixture.compound();
        UI.getCurrent().navigate(HouseholdImportView.class, QueryParameters.of("compound", compound.toString()));
        HouseholdImportView view = (HouseholdImportView) getCurrentView();

        test($(Upload.class, view).id("import-upload")).upload("住户.xlsx", XLSX, HostileXlsx.hugeCellReference());
        await(() -> !$(Notification.class).all().isEmpty());
        assertThat(test($(Notification.class).last()).getText())
                .isEqualTo("第 2 行在第 256 列之后还有内容（一行最多 256 列），请只保留模板中的列。");

        test($(Upload.class, view).id("import-upload")).upload("住户.xlsx", XLSX, HostileXlsx.oldXls());
        await(() -> $(Notification.class).all().size() > 1);
        assertThat(test($(Notification.class).last()).getText())
                .isEqualTo("这是旧版 Excel（.xls）文件。请在 Excel 中“另存为”.xlsx 格式后再上传。");

        assertThat($(Button.class, view).all()).extracting(b -> b.getId().orElse("")).doesNotContain("household-import-button");
        assertThat(fixture.register(compound)).isEmpty();
    }
}
