package org.chenggeng.evidence.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import org.chenggeng.security.ScopeDirectory;
import org.chenggeng.security.UserAdminService;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The 影像资料 page offers the project's evidence zip to the users the zip service lets download it, and only them. */
@ChenggengTest
class ZipDownloadButtonTest extends SpringBrowserlessTest {

    @Autowired
    org.chenggeng.support.SecurityAdmin users;
    @Autowired
    TestUsers as;

    private long fumin;

    @BeforeEach
    void findProject() throws Exception {
        fumin = as.as("admin", () -> users.projectChoices().stream().filter(p -> p.code().equals("YYH-2024-01"))
                .findFirst().map(ScopeDirectory.ProjectChoice::id).orElseThrow());
    }

    @Test
    @WithUserDetails("official")
    void anOfficialGetsTheZipInTheirLanguage() {
        navigate("projects/" + fumin + "/photos", ProjectPhotosView.class);
        Anchor link = $(Anchor.class).id("photos-zip");
        assertThat(link.getHref()).isEqualTo("evidence/projects/" + fumin + "/evidence.zip");
        assertThat(link.getElement().hasAttribute("download")).isTrue();
        assertThat($(Button.class, link).single().getText()).isEqualTo("下载影像资料包（含索引表）");

        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("projects/" + fumin + "/photos", ProjectPhotosView.class);
        assertThat($(Button.class, $(Anchor.class).id("photos-zip")).single().getText())
                .isEqualTo("Download the evidence zip (with index sheet)");
    }

    @Test
    @WithUserDetails("pm")
    void aProjectManagerSeesNoZipButton() {
        navigate("projects/" + fumin + "/photos", ProjectPhotosView.class);
        assertThat($(Anchor.class).withId("photos-zip").exists()).isFalse();
    }
}
