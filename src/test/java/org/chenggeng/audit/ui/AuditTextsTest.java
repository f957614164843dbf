package org.chenggeng.audit.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import org.chenggeng.audit.AuditService.AuditRow;
import org.chenggeng.support.ChenggengTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

import java.time.Instant;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit log shows changes as labelled fields and refusals as sentences, in the reader's language. */
@ChenggengTest
class AuditTextsTest extends SpringBrowserlessTest {

    private static AuditRow row(String action, String before, String after, String detail) {
        return new AuditRow(1L, 1L, Instant.EPOCH, "official", "CHANGE", action,
                org.chenggeng.audit.AuditResult.SUCCESS, "PROJECT", "7", before, after, null, detail);
    }

    @Test
    @WithUserDetails("auditor")
    void aChangeReadsAsLabelledFieldsNotJson() {
        AuditLogView view = navigate(AuditLogView.class);
        var details = view.changeDetails(row("UPDATE", "{\"name\":\"旧名称\",\"pilot\":\"false\",\"year\":\"2022\"}",
                "{\"name\":\"新名称\",\"pilot\":\"true\",\"year\":\"2022\"}", null));
        assertThat(details.getElement().getTextRecursively()).isEqualTo("名称旧名称 → 新名称试点否 → 是")
                .doesNotContain("{");

        UI.getCurrent().setLocale(Locale.ENGLISH);
        AuditLogView english = navigate(AuditLogView.class);
        assertThat(english.changeDetails(row("CREATE", null, "{\"plannedStart\":\"2022-03-01\"}", null))
                .getElement().getTextRecursively()).isEqualTo("Planned startMar 1, 2022");
    }

    @Test
    @WithUserDetails("auditor")
    void monthsAndDatesReadAsTheReadersLanguageWritesThem() {
        AuditLogView view = navigate(AuditLogView.class);
        assertThat(view.changeDetails(row("CREATE", null, "{\"month\":\"2026-11\",\"plannedStart\":\"2022-03-01\"}",
                null)).getElement().getTextRecursively()).isEqualTo("月份2026年11月计划开工2022年3月1日");
    }

    @Test
    @WithUserDetails("auditor")
    void aRefusalReadsAsASentenceInTheReadersLanguage() {
        AuditLogView view = navigate(AuditLogView.class);
        assertThat(view.detail(row("ACCESS_DENIED", null, null, "project.read 12"))).isEqualTo("拒绝访问：无权查看项目 12");
        assertThat(view.detail(row("ACCESS_DENIED", null, null, "ReflectiveMethodInvocation: public java.util.List "
                + "org.chenggeng.audit.AuditService.search(AuditFilter,Pageable)"))).isEqualTo("拒绝访问：无权调用 AuditService.search");

        UI.getCurrent().setLocale(Locale.ENGLISH);
        AuditLogView english = navigate(AuditLogView.class);
        assertThat(english.detail(row("ACCESS_DENIED", null, null, "household.list compound 5")))
                .isEqualTo("Access denied: may not read the household register compound 5");
    }
}
