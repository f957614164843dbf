package org.chenggeng.demo;

import org.chenggeng.notice.NoticeData;
import org.chenggeng.notice.NoticeKind;
import org.chenggeng.notice.NoticeSamples;
import org.chenggeng.project.ProjectAccess;
import org.chenggeng.project.ProjectStatus;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sample notices (公示): every project past 立项 had its plan and its consent result posted for seven days before it
 * was approved (ended), a project accepted has its acceptance result posted, and a project under consultation has its
 * plan on the notice board now, for residents to object to.
 */
@Component
class DemoNotices {

    private final NoticeSamples notices;
    private final ProjectAccess projects;
    private final Clock clock;

    DemoNotices(NoticeSamples notices, ProjectAccess projects, Clock clock) {
        this.notices = notices;
        this.projects = projects;
        this.clock = clock;
    }

    void seed(Map<String, Long> projectIds) {
        LocalDate today = LocalDate.now(clock);
        for (Long id : new TreeMap<>(projectIds).values()) {
            ProjectAccess.ProjectDetails p = projects.get(id);
            String name = p.data().name();
            if (p.status() == ProjectStatus.CONSULTING) {
                post(id, NoticeKind.PLAN, name + "实施方案公示（示例）", plan(name), today.minusDays(2));
                continue;
            }
            if (p.status().ordinal() < ProjectStatus.APPROVED.ordinal()) {
                continue;
            }
            LocalDate anchor = p.actualStart() != null ? p.actualStart()
                    : p.data().plannedStart() != null && p.data().plannedStart().isBefore(today)
                    ? p.data().plannedStart() : today;
            post(id, NoticeKind.PLAN, name + "实施方案公示（示例）", plan(name), anchor.minusDays(60));
            post(id, NoticeKind.CONSENT_RESULT, name + "意见征询结果公示（示例）",
                    "本项目意见征询已结束，表决结果达到民法典第二百七十八条规定的“双三分之二”“双四分之三”要求。"
                            + "如有异议，请在公示期内向社区居委会反映。（示例）", anchor.minusDays(30));
            if (p.acceptanceDate() != null && p.acceptanceDate().isBefore(today.minusDays(7))) {
                post(id, NoticeKind.ACCEPTANCE_RESULT, name + "竣工验收结果公示（示例）",
                        "本项目已于" + p.acceptanceDate() + "通过竣工验收，验收结论：合格。（示例）",
                        p.acceptanceDate().plusDays(1));
            }
        }
    }

    private static String plan(String name) {
        return name + "拟实施雨污分流、道路修缮、绿化提升、增设停车位和充电设施等改造内容，具体方案及平面图见附件及小区公示栏。"
                + "公示期内，居民可通过线上公示页或向社区居委会提出意见和异议。（示例）";
    }

    private void post(long projectId, NoticeKind kind, String title, String body, LocalDate start) {
        notices.published(projectId, new NoticeData(kind, title, body, start, start.plusDays(6)));
    }
}
