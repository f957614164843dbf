package org.chenggeng.notice.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.chenggeng.consultation.FeedbackCategory;
import org.chenggeng.notice.NoticeData;
import org.chenggeng.notice.NoticeKind;
import org.chenggeng.notice.NoticeObjections;
import org.chenggeng.notice.NoticeRow;
import org.chenggeng.notice.NoticeService;
import org.chenggeng.notice.NoticeStatus;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.FreshProjects;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 公示 page: the street official publishes a notice from its dialog, seven days from today as offered, and
 * withdraws one with a reason; the committee reads the notices and the objections' words but has no button to write.
 */
@ChenggengTest
class ProjectNoticesViewTest extends SpringBrowserlessTest {

    @Autowired
    NoticeService notices;
    @Autowired
    NoticeObjections objections;
    @Autowired
    FreshProjects fresh;
    @Autowired
    TestUsers as;
    @Autowired
    Clock clock;

    @Test
    @WithUserDetails("official")
    void theOfficialPublishesFromTheDialogForSevenDaysAndWithdrawsWithAReason() throws Exception {
        long project = fresh.consulting("公示页");
        ProjectNoticesView view = navigate("projects/" + project + "/notices", ProjectNoticesView.class);
        test($(Button.class, view).id("new-notice")).click();
        test($(TextField.class).id("notice-title")).setValue("改造方案公示");
        test($(Button.class).id("notice-publish")).click();
        assertThat(as.as("official", () -> notices.list(project))).as("no text: refused, nothing kept").isEmpty();
        test($(TextArea.class).id("notice-body")).setValue("拟实施雨污分流。");
        test($(Button.class).id("notice-publish")).click();

        List<NoticeRow> rows = as.as("official", () -> notices.list(project));
        assertThat(rows).singleElement().satisfies(n -> {
            assertThat(n.status()).isEqualTo(NoticeStatus.PUBLISHED);
            assertThat(n.kind()).isEqualTo(NoticeKind.PLAN);
            assertThat(n.periodEnd()).isEqualTo(LocalDate.now(clock).plusDays(6));
        });
        long id = rows.getFirst().id();
        Div card = $(Div.class, view).id("notice-" + id);
        assertThat($(Span.class, card).all()).extracting(Span::getText).anyMatch(t -> t.contains("共 7 天"))
                .contains("公示中");

        test($(Button.class, card).id("withdraw-notice-" + id)).click();
        test($(TextArea.class).id("withdraw-reason")).setValue("方案调整后重新公示");
        test($(Button.class).id("withdraw-confirm")).click();
        assertThat(as.as("official", () -> notices.get(id))).satisfies(n -> {
            assertThat(n.status()).isEqualTo(NoticeStatus.WITHDRAWN);
            assertThat(n.withdrawalReason()).isEqualTo("方案调整后重新公示");
        });
        assertThat($(Span.class, $(Div.class, view).id("notice-" + id)).all()).extracting(Span::getText)
                .contains("撤回理由：方案调整后重新公示", "已撤回");
    }

    @Test
    @WithUserDetails("committee")
    void theCommitteeReadsTheNoticeAndTheObjectionsWordsWithoutAButtonToWrite() throws Exception {
        long project = fresh.consulting("公示页居委会");
        Long id = as.as("official", () -> notices.publishNew(project, new NoticeData(NoticeKind.PLAN, "方案公示",
                "内容", null, null)));
        objections.object(project, id, FeedbackCategory.GREENING, "绿地不要改成停车位。");
        ProjectNoticesView view = navigate("projects/" + project + "/notices", ProjectNoticesView.class);
        assertThat($(Button.class, view).withId("new-notice").all()).isEmpty();
        assertThat($(Button.class, view).withId("withdraw-notice-" + id).all()).isEmpty();
        Div list = $(Div.class, view).id("objections-" + id);
        assertThat($(Span.class, list).all()).extracting(Span::getText)
                .contains("公示期内收到的异议（1 条）", "【对公示“方案公示”的异议】绿地不要改成停车位。");
    }
}
