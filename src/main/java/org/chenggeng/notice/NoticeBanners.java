package org.chenggeng.notice;

import org.chenggeng.project.ProjectNotices;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The project page's line for each notice whose period is running: what, until when, how many objections so far. */
@Component
class NoticeBanners implements ProjectNotices {

    private final NoticeService notices;
    private final Clock clock;

    NoticeBanners(NoticeService notices, Clock clock) {
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ProjectNotices.Notice> of(long projectId) {
        LocalDate today = LocalDate.now(clock);
        return notices.list(projectId).stream().filter(n -> n.running(today))
                .map(n -> new ProjectNotices.Notice("notice.banner.running", List.of(org.chenggeng.shared.MessageKey.of(
                        n.kind().labelKey()), n.periodEnd().toString(), n.objections()),
                        "projects/" + projectId + "/notices", n.objections() > 0))
                .toList();
    }
}
