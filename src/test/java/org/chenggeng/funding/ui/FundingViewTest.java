package org.chenggeng.funding.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import org.chenggeng.security.ScopeDirectory;
import org.chenggeng.security.UserAdminService;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.chenggeng.work.PeriodLockService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import java.math.BigDecimal;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

/** The 资金 page: a refused amount or a locked month is said on its field and nothing is recorded; a good entry lands. */
@ChenggengTest
class FundingViewTest extends SpringBrowserlessTest {

    @Autowired
    org.chenggeng.support.SecurityAdmin users;
    @Autowired
    PeriodLockService locks;
    @Autowired
    TestUsers as;

    private long fumin() throws Exception {
        return as.as("admin", () -> users.projectChoices().stream().filter(p -> p.code().equals("YYH-2024-01"))
                .findFirst().map(ScopeDirectory.ProjectChoice::id).orElseThrow());
    }

    @Test
    @WithUserDetails("pm")
    void refusalsStandUnderTheirFieldsAndAGoodEntryIsListed() throws Exception {
        FundingView view = navigate("projects/" + fumin() + "/funding", FundingView.class);
        BigDecimalField amount = $(BigDecimalField.class, view).id("entry-amount");
        Select<YearMonth> month = $(Select.class, view).id("entry-month");
        int lines = $(Div.class, view).id("investment-ledger").getChildren().toList().size();

        test(amount).setValue(new BigDecimal("1.234"));
        test($(Button.class, view).id("entry-save")).click();
        assertThat(amount.isInvalid()).isTrue();
        assertThat(amount.getErrorMessage()).contains("两位小数");

        YearMonth locked = YearMonth.now().minusMonths(3);
        long street = as.as("official", () -> locks.lockableRegions().stream()
                .filter(r -> r.name().equals("月牙河街")).findFirst().orElseThrow().id());
        as.run("official", () -> locks.lock(street, locked));
        try {
            month.setValue(locked);
            test(amount).setValue(new BigDecimal("1000"));
            test($(Button.class, view).id("entry-save")).click();
            assertThat(month.isInvalid()).isTrue();
            assertThat(month.getErrorMessage()).contains("已锁定");
            assertThat(amount.isInvalid()).isFalse();
        } finally {
            as.run("official", () -> locks.unlock(street, locked));
        }
        assertThat($(Div.class, view).id("investment-ledger").getChildren().toList()).hasSize(lines);

        month.setValue(YearMonth.now());
        test(amount).setValue(new BigDecimal("2500"));
        test($(TextField.class, view).id("entry-note")).setValue("测试进度款");
        test($(Button.class, view).id("entry-save")).click();
        Div ledger = $(Div.class).id("investment-ledger");
        assertThat(ledger.getChildren().toList()).hasSize(lines + 1);
        assertThat(ledger.getElement().getTextRecursively()).contains("测试进度款");
    }
}
