package org.chenggeng.audit;

import org.chenggeng.consultation.Answer;
import org.chenggeng.consultation.ConsentRule;
import org.chenggeng.consultation.ConsultationFixture;
import org.chenggeng.consultation.FeedbackCategory;
import org.chenggeng.consultation.FeedbackChannel;
import org.chenggeng.consultation.FeedbackData;
import org.chenggeng.consultation.FeedbackService;
import org.chenggeng.consultation.RoundKind;
import org.chenggeng.project.ProjectAccess;
import org.chenggeng.project.ProjectQueries;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who reads which audit entries, and what an official does not see in them. */
@ChenggengTest
class AuditScopeTest {

    @Autowired
    AuditService audit;
    @Autowired
    ConsultationFixture fixture;
    @Autowired
    FeedbackService feedback;
    @Autowired
    ProjectAccess projects;
    @Autowired
    ProjectQueries projectQueries;
    @Autowired
    TestUsers as;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private List<AuditService.AuditRow> read(String user, String entityType) throws Exception {
        return as.as(user, () -> audit.search(new AuditService.AuditFilter(null, entityType, null, null, null),
                PageRequest.of(0, 5_000, Sort.by(Sort.Direction.DESC, "id"))));
    }

    @Test
    void anOfficialReadsFeedbackAndAnswersWithoutTheResidentsWordsAnswersOrHouseholdsWhichAnAdministratorReads()
            throws Exception {
        var site = fixture.site(2);
        Long round = fixture.round(site, RoundKind.CONSENT, ConsentRule.TWO_THIRDS_HOUSEHOLDS, Set.of());
        fixture.answer(round, site, Answer.AGREE);
        Long id = as.as("committee", () -> feedback.create(site.projectId(), new FeedbackData(site.household(0).id(),
                null, FeedbackChannel.MEETING, FeedbackCategory.BUILDINGS, "希望加装电梯（审计测试）",
                LocalDate.now().minusDays(3))));
        String household = String.valueOf(site.household(0).id());

        var adminFeedback = read("auditor", "FEEDBACK").stream().filter(r -> r.entityId().equals(String.valueOf(id)))
                .findFirst().orElseThrow();
        assertThat(adminFeedback.after()).contains("希望加装电梯（审计测试）").contains("\"householdId\":\"" + household + "\"");
        var officialFeedback = read("official", "FEEDBACK").stream()
                .filter(r -> String.valueOf(id).equals(r.entityId())).findFirst().orElseThrow();
        assertThat(officialFeedback.after()).doesNotContain("希望加装电梯").doesNotContain("householdId")
                .contains("\"status\":\"RECEIVED\"");
        assertThat(officialFeedback.fields()).extracting(AuditRedaction.Field::name)
                .doesNotContain("content", "response", "reason", "householdId").contains("status", "category");

        var adminAnswers = read("auditor", "HOUSEHOLD_RESPONSE").stream()
                .filter(r -> r.after() != null && r.after().contains("\"roundId\":\"" + round + "\"")).toList();
        assertThat(adminAnswers).singleElement().satisfies(r -> assertThat(r.after()).contains("\"answer\":\"AGREE\"")
                .contains("\"householdId\":\"" + household + "\""));
        var officialAnswers = read("official", "HOUSEHOLD_RESPONSE").stream()
                .filter(r -> r.after() != null && r.after().contains("\"roundId\":\"" + round + "\"")).toList();
        assertThat(officialAnswers).singleElement().satisfies(r -> {
            assertThat(r.after()).doesNotContain("AGREE").doesNotContain("householdId");
            assertThat(r.entityId()).isNull();
        });
        assertThat(read("official", "HOUSEHOLD")).isNotEmpty().allSatisfy(r -> {
            assertThat(r.entityId()).isNull();
            assertThat(r.fields()).extracting(AuditRedaction.Field::name).doesNotContain("ownerName", "phone", "room");
        });
    }

    @Test
    void anOfficialReadsTheEntriesOfTheirOwnRegionAndTheirOwnSecurityEventsOnly() throws Exception {
        // DWZ-2025-01 lies in 大王庄街, outside the official's 月牙河街
        assertThat(read("auditor", "PROJECT")).extracting(AuditService.AuditRow::label)
                .contains("DWZ-2025-01", "YYH-2022-01");
        assertThat(read("official", "PROJECT")).extracting(AuditService.AuditRow::label)
                .contains("YYH-2022-01").doesNotContain("DWZ-2025-01");
        assertThat(read("official", "USER")).extracting(AuditService.AuditRow::label)
                .contains("official", "committee").doesNotContain("admin");

        Long dwz = as.as("admin", () -> projectQueries.all(org.chenggeng.project.ProjectFilter.none())).stream()
                .filter(p -> p.code().equals("DWZ-2025-01")).findFirst().orElseThrow().id();
        assertThatThrownBy(() -> as.run("committee", () -> projects.get(dwz))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.run("official", () -> projects.get(dwz))).isInstanceOf(AccessDeniedException.class);
        var security = read("official", null).stream().filter(r -> "SECURITY".equals(r.category())).toList();
        assertThat(security).isNotEmpty().allSatisfy(r -> assertThat(r.actor()).isEqualTo("official"));
        assertThat(read("auditor", null)).filteredOn(r -> "SECURITY".equals(r.category()))
                .extracting(AuditService.AuditRow::actor).contains("official", "committee");
    }

    @Test
    void projectManagersCommitteesAndTheOtherAdministratorsReadNoAuditLog() {
        for (String user : List.of("pm", "committee", "admin")) {
            assertThatThrownBy(() -> read(user, null)).isInstanceOf(AccessDeniedException.class);
        }
    }
}
