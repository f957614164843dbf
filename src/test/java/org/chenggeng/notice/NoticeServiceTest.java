package org.chenggeng.notice;

import org.chenggeng.audit.AuditService;
import org.chenggeng.evidence.OwnerType;
import org.chenggeng.evidence.EvidenceService;
import org.chenggeng.security.Role;
import org.chenggeng.security.UserAdminService;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.OutOfScopeException;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.FreshProjects;
import org.chenggeng.support.TestUsers;
import org.chenggeng.region.RegionService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Officials of the project's region publish, withdraw and write notices; the committee, the project's managers and
 * supervisors read them; an official of another street does not reach them; every change is audited; residents read
 * only what is published, without staff names; attachments follow the notice and stop once it is published.
 */
@ChenggengTest
class NoticeServiceTest {

    static final String OUTSIDER = "notice-official-dwz";

    @Autowired
    NoticeService notices;
    @Autowired
    NoticeReadService residents;
    @Autowired
    EvidenceService evidence;
    @Autowired
    AuditService audit;
    @Autowired
    FreshProjects fresh;
    @Autowired
    TestUsers as;
    @Autowired
    org.chenggeng.support.SecurityAdmin users;
    @Autowired
    RegionService regions;
    @Autowired
    Clock clock;

    static NoticeData plan(LocalDate start, LocalDate end) {
        return new NoticeData(NoticeKind.PLAN, "改造方案公示", "拟实施雨污分流、道路铺装，详见附件。", start, end);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    @Test
    void theStreetOfficialPublishesForSevenDaysAndEveryoneWhoSeesTheProjectReadsIt() throws Exception {
        long project = fresh.consulting("公示");
        assertThat(as.as("official", () -> notices.mayPublish(project))).isTrue();
        assertThat(as.as("committee", () -> notices.mayPublish(project))).isFalse();
        Long id = as.as("official", () -> notices.publishNew(project, plan(null, null)));
        NoticeRow row = as.as("committee", () -> notices.get(id));
        assertThat(row.status()).isEqualTo(NoticeStatus.PUBLISHED);
        assertThat(row.periodStart()).isEqualTo(today());
        assertThat(row.periodEnd()).isEqualTo(today().plusDays(6));
        assertThat(row.running(today())).isTrue();
        assertThat(row.publishedBy()).isEqualTo("official");
        assertThat(row.mayWithdraw()).as("the committee reads, it does not withdraw").isFalse();
        assertThat(as.as("official", () -> notices.get(id)).mayWithdraw()).isTrue();
        assertThat(as.as("supervisor", () -> notices.list(project))).extracting(NoticeRow::id).containsExactly(id);
        assertThat(as.as("auditor", () -> audit.search(new AuditService.AuditFilter(null, "NOTICE", null, null, null),
                PageRequest.of(0, 50)))).filteredOn(a -> a.entityId().equals(String.valueOf(id)))
                .extracting(AuditService.AuditRow::action).contains("CREATE", "PUBLISH");
    }

    @Test
    void theCommitteeAndOfficialsOfAnotherStreetMayNotWriteAndTheLatterSeeNothing() throws Exception {
        long project = fresh.consulting("公示权限");
        outsider();
        assertThatThrownBy(() -> as.run("committee", () -> notices.draft(project, plan(null, null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.run("pm", () -> notices.publishNew(project, plan(null, null))))
                .as("a project manager of other projects does not even see it").isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> as.run(OUTSIDER, () -> notices.list(project))).isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> as.run(OUTSIDER, () -> notices.draft(project, plan(null, null))))
                .isInstanceOf(OutOfScopeException.class);
        Long id = as.as("official", () -> notices.draft(project, plan(null, null)));
        long version = as.as("official", () -> notices.get(id)).version();
        assertThatThrownBy(() -> as.run("committee", () -> notices.withdraw(id, version, "不要了")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.run(OUTSIDER, () -> notices.get(id))).isInstanceOf(OutOfScopeException.class);
        assertThat(as.as("official", () -> notices.get(id)).status()).isEqualTo(NoticeStatus.DRAFT);
    }

    @Test
    void residentsReadPublishedNoticesOnlyWithoutDraftsWithdrawnOnesOrStaffNames() throws Exception {
        long project = fresh.consulting("公示公开");
        Long draft = as.as("official", () -> notices.draft(project, plan(null, null)));
        Long published = as.as("official", () -> notices.publishNew(project, new NoticeData(NoticeKind.CONSENT_RESULT,
                "意见征询结果公示", "同意户数 24 户，占 100%。", today().plusDays(1), today().plusDays(7))));
        Long withdrawn = as.as("official", () -> notices.publishNew(project, plan(null, null)));
        as.run("official", () -> notices.withdraw(withdrawn, notices.get(withdrawn).version(), "内容有误"));

        List<PublicNotice> seen = residents.publicNotices(project);
        assertThat(seen).extracting(PublicNotice::id).containsExactly(published);
        PublicNotice n = seen.getFirst();
        assertThat(n.status()).isEqualTo(NoticeStatus.PUBLISHED);
        assertThat(n.objectionsOpen()).as("its period starts tomorrow").isFalse();
        assertThat(n.publishedOn()).isEqualTo(today());
        assertThat(java.util.Arrays.stream(PublicNotice.class.getRecordComponents()).map(c -> c.getName()))
                .as("nothing names a person").doesNotContain("publishedBy", "createdBy", "withdrawnBy", "objections");
        assertThat(residents.publicNotice(project, draft)).isEmpty();
        assertThat(residents.publicNotice(project, withdrawn)).isEmpty();
        assertThat(residents.publicNotice(project + 100_000, published)).as("not through another project").isEmpty();
        assertThat(residents.publicNotice(project, published)).isPresent();
        assertThat(as.as("official", () -> notices.get(withdrawn)).withdrawalReason()).isEqualTo("内容有误");
    }

    @Test
    void aDraftChangesAndIsPublishedAsChangedWhileAPublishedOneStaysFixed() throws Exception {
        long project = fresh.consulting("公示修改");
        Long id = as.as("official", () -> notices.draft(project, plan(null, null)));
        as.run("official", () -> notices.update(id, notices.get(id).version(), new NoticeData(NoticeKind.PLAN,
                "改造方案（修订）公示", "修订后的方案。", today().plusDays(2), null)));
        as.run("official", () -> notices.publish(id, notices.get(id).version()));
        NoticeRow row = as.as("official", () -> notices.get(id));
        assertThat(row.title()).isEqualTo("改造方案（修订）公示");
        assertThat(row.periodStart()).isEqualTo(today().plusDays(2));
        assertThat(row.periodEnd()).isEqualTo(today().plusDays(8));
        assertThatThrownBy(() -> as.run("official", () -> notices.update(id, row.version(), plan(null, null))))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("notice.error.notDraft");
        assertThatThrownBy(() -> as.run("official", () -> notices.publishNew(project, plan(today().minusDays(1),
                null)))).isInstanceOf(DomainException.class).hasMessageStartingWith("notice.error.startInPast");
        assertThat(as.as("official", () -> notices.list(project))).as("the refused one was not kept").hasSize(1);
        assertThatThrownBy(() -> as.run("official", () -> notices.publish(id, row.version() - 1)))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("error.stale");
    }

    @Test
    void attachmentsFollowTheNoticeAndStopOnceItIsPublished() throws Exception {
        long project = fresh.consulting("公示附件");
        Long id = as.as("official", () -> notices.draft(project, plan(null, null)));
        assertThat(as.as("official", () -> evidence.mayAttach(OwnerType.NOTICE, id))).isTrue();
        assertThat(as.as("committee", () -> evidence.mayAttach(OwnerType.NOTICE, id))).isFalse();
        assertThat(as.as("committee", () -> evidence.of(OwnerType.NOTICE, id))).isEmpty();
        as.run("official", () -> notices.publish(id, notices.get(id).version()));
        assertThat(as.as("official", () -> evidence.mayAttach(OwnerType.NOTICE, id))).isFalse();
        outsider();
        assertThatThrownBy(() -> as.run(OUTSIDER, () -> evidence.of(OwnerType.NOTICE, id)))
                .isInstanceOf(OutOfScopeException.class);
    }

    private void outsider() throws Exception {
        as.run("admin", () -> {
            if (!users.search(OUTSIDER, PageRequest.of(0, 5)).isEmpty()) {
                return;
            }
            Long otherStreet = regions.all().stream().filter(r -> r.name().equals("大王庄街")).findFirst()
                    .orElseThrow().id();
            Long id = users.create(new UserAdminService.NewUser(OUTSIDER, "外街道干部", "outsider-password-1",
                    Role.OFFICIAL, otherStreet, Set.of()));
            users.resetPassword(id, "outsider-password-1", false);
        });
    }
}
