package org.chenggeng.work.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.upload.Upload;
import org.chenggeng.shared.xlsx.HostileXlsx;
import org.chenggeng.support.BackgroundUiTest;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.work.ImportFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/** The import screen says why a hostile file was refused, instead of reading forever, and offers no import. */
@ChenggengTest
class ImportViewHostileFileTest extends BackgroundUiTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    ImportFixture fixture;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails("admin")
    void aCellFarToTheRightAndAZipBombAreRefusedWithTheirReason() throws Exception {
        ImportFixture.Site site = fixture.site();
        fixture.item(site.projectId(), "SEPTIC_TANK", "40", null);
        ImportView view = navigate("projects/" + site.projectId() + "/import", ImportView.class);
        long before = entries();

        test($(Upload.class, view).id("import-upload")).upload("进度.xlsx", XLSX, HostileXlsx.hugeCellReference());
        await(() -> !$(Notification.class).all().isEmpty());
        assertThat(test($(Notification.class).last()).getText())
                .isEqualTo("第 2 行在第 256 列之后还有内容（一行最多 256 列），请只保留模板中的列。");

        test($(Upload.class, view).id("import-upload")).upload("炸弹.xlsx", XLSX, HostileXlsx.zipBomb(8));
        await(() -> $(Notification.class).all().size() > 1);
        assertThat(test($(Notification.class).last()).getText())
                .isEqualTo("文件解压后比压缩时大 100 倍以上，不像正常的 Excel 文件，已拒绝。");

        assertThat($(Span.class, view).id("import-summary").getText()).isEmpty();
        assertThat($(Button.class, view).all()).extracting(b -> b.getId().orElse("")).doesNotContain("import-button");
        assertThat($(Upload.class, view).id("import-upload").isVisible()).isTrue();
        assertThat(entries()).isEqualTo(before);
    }

    private long entries() {
        return jdbc.queryForObject("select count(*) from progress_entry", Long.class);
    }
}
