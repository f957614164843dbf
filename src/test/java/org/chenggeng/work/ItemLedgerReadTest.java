package org.chenggeng.work;

import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A work item's whole ledger, read a page at a time: newest first, corrections beside their entries, "correctable"
 * exactly where a correction would be accepted, and refused outside the reader's scope.
 */
@ChenggengTest
class ItemLedgerReadTest {

    @Autowired
    ImportFixture fixture;
    @Autowired
    ProgressReadService reads;
    @Autowired
    ProgressService progress;
    @Autowired
    PeriodLockService locks;
    @Autowired
    TestUsers as;

    @Test
    void theLedgerIsPagedNewestFirstAndOffersCorrectionsOnlyWhereTheyWouldBeAccepted() throws Exception {
        ImportFixture.Site site = fixture.site();
        long tanks = fixture.item(site.projectId(), "SEPTIC_TANK", "100", null);
        LocalDate february = LocalDate.of(2025, 2, 3);
        long locked = log(site, tanks, february);
        long corrected = log(site, tanks, LocalDate.of(2025, 3, 3));
        for (int day = 1; day <= 20; day++) {
            log(site, tanks, LocalDate.of(2025, 4, day));
        }
        long correction = as.as(site.manager(), () -> progress.correct(new ProgressService.CorrectionRequest(corrected,
                new BigDecimal("2"), "少记了一座", false)));
        as.run("official", () -> locks.lock(site.communityId(), YearMonth.from(february)));

        ProgressReadService.LedgerPage first = as.as(site.manager(), () -> reads.itemLedger(tanks, 0, 20));
        ProgressReadService.LedgerPage second = as.as(site.manager(), () -> reads.itemLedger(tanks, 1, 20));

        assertThat(first.total()).isEqualTo(23);
        assertThat(first.item().typeCode()).isEqualTo("SEPTIC_TANK");
        assertThat(first.lines()).hasSize(20);
        assertThat(first.lines().getFirst().entry().date()).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(first.lines()).allSatisfy(l -> assertThat(l.correctable()).isTrue());
        assertThat(second.lines()).extracting(l -> l.entry().id()).containsExactly(correction, corrected, locked);
        assertThat(second.lines()).extracting(ProgressReadService.LedgerLine::correctable)
                .containsExactly(false, true, false);
        assertThat(second.lines()).extracting(ProgressReadService.LedgerLine::locked).containsExactly(false, false, true);
        assertThat(second.lines().get(1).entry().counted()).isEqualByComparingTo("2");
    }

    @Test
    void whoMayOnlyReadSeesTheLedgerWithNothingToCorrectAndAnotherProjectsManagerIsRefused() throws Exception {
        ImportFixture.Site site = fixture.site();
        long tanks = fixture.item(site.projectId(), "SEPTIC_TANK", "100", null);
        log(site, tanks, LocalDate.of(2025, 3, 3));

        List<ProgressReadService.LedgerLine> official = as.as("official", () -> reads.itemLedger(tanks, 0, 20)).lines();

        assertThat(official).singleElement().satisfies(l -> assertThat(l.correctable()).isFalse());
        assertThatThrownBy(() -> as.as("pm", () -> reads.itemLedger(tanks, 0, 20)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private long log(ImportFixture.Site site, long item, LocalDate date) throws Exception {
        return as.as(site.manager(), () -> progress.log(new ProgressService.LogRequest(item, date, BigDecimal.ONE, null,
                false)));
    }
}
