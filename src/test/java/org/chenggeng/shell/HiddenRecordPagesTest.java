package org.chenggeng.shell;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import org.chenggeng.support.ChenggengTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page for a record outside the user's scope looks exactly like the page for an id that does not exist (decision
 * 0002): the screens, like the API, never tell which ids exist.
 */
@ChenggengTest
class HiddenRecordPagesTest extends SpringBrowserlessTest {

    private static final List<String> PROJECT_PAGES = List.of("projects/%s", "projects/%s/progress",
            "projects/%s/funding", "projects/%s/photos", "projects/%s/import", "projects/%s/consultation",
            "projects/%s/funding/import", "projects/%s/inspections", "projects/%s/inspections/new",
            "projects/%s/household-acceptance", "projects/%s/acceptance/new");

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails("pm")
    void anotherManagersProjectLooksLikeAProjectThatDoesNotExistOnEveryProjectPage() {
        // the demo's manager manages 靖江东里 and one more project; the neighbouring street's project is not theirs
        long theirs = projectId("YYH-2022-01");
        long notTheirs = jdbc.queryForObject("select min(p.id) from project p where p.code not in "
                + "('YYH-2022-01', 'YYH-2024-01')", Long.class);
        long item = jdbc.queryForObject("select min(id) from work_item where project_id = ?", Long.class, notTheirs);

        for (String page : PROJECT_PAGES) {
            assertThat(shown(page, theirs)).as(page + " of their own project").isNotInstanceOf(NotFoundView.class);
            Object hidden = shown(page, notTheirs);
            String hiddenTitle = title();
            Object unknown = shown(page, 987_654_321L);
            assertThat(hidden.getClass()).as(page).isEqualTo(unknown.getClass());
            assertThat(hiddenTitle).as(page).isEqualTo(title());
        }
        assertThat(shown("projects/%s", notTheirs)).isInstanceOf(NotFoundView.class);
        assertThat(title()).isEqualTo("页面不存在");
        assertThat(shown("work-items/%s/ledger", item)).isInstanceOf(NotFoundView.class);
        assertThat(shown("work-items/%s/ledger", 987_654_321L)).isInstanceOf(NotFoundView.class);
        assertThat(shown("projects/%s/photos", "zz")).isInstanceOf(NotFoundView.class);
    }

    @Test
    @WithUserDetails("official")
    void aProjectOfAnotherStreetIsNotFoundForAStreetOfficial() {
        long elsewhere = jdbc.queryForObject("select min(p.id) from project p join project_compound pc on "
                + "pc.project_id = p.id join compound c on c.id = pc.compound_id join region r on r.id = c.community_id "
                + "join region s on s.id = r.parent_id where s.name <> '月牙河街'", Long.class);
        for (String page : PROJECT_PAGES) {
            assertThat(shown(page, elsewhere).getClass()).as(page)
                    .isEqualTo(shown(page, 987_654_321L).getClass());
        }
        assertThat(shown("projects/%s/funding", elsewhere)).isInstanceOf(NotFoundView.class);
    }

    @Test
    @WithUserDetails("pm")
    void anInspectionOrIssueThatDoesNotExistOrIsMalformedIsNotFound() {
        long inspection = jdbc.queryForObject("select min(i.id) from inspection i join project p on p.id = i.project_id "
                + "where p.code = 'YYH-2024-01'", Long.class);
        long issue = jdbc.queryForObject("select min(i.id) from rectification_issue i join project p on p.id = i.project_id "
                + "where p.code = 'YYH-2024-01'", Long.class);
        assertThat(shown("inspections/%s", inspection)).isNotInstanceOf(NotFoundView.class);
        assertThat(shown("issues/%s", issue)).isNotInstanceOf(NotFoundView.class);
        for (String page : List.of("inspections/%s", "issues/%s")) {
            assertThat(shown(page, 987_654_321L)).as(page).isInstanceOf(NotFoundView.class);
            assertThat(shown(page, "x1")).as(page).isInstanceOf(NotFoundView.class);
        }
    }

    private Object shown(String page, Object id) {
        UI.getCurrent().navigate(page.formatted(id));
        return getCurrentView();
    }

    private String title() {
        return $(H2.class).first().getText();
    }

    private long projectId(String code) {
        return jdbc.queryForObject("select id from project where code = ?", Long.class, code);
    }
}
