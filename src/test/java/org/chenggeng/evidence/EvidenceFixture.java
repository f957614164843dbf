package org.chenggeng.evidence;

import org.chenggeng.project.ProjectFilter;
import org.chenggeng.project.ProjectQueries;
import org.chenggeng.project.ProjectRow;
import org.chenggeng.support.TestUsers;
import org.chenggeng.work.ProgressService;
import org.chenggeng.work.WorkItemRow;
import org.chenggeng.work.WorkItemService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

/** Records to attach evidence to, from the demo data: the project manager's project under construction, and more. */
@Component
class EvidenceFixture {

    private final TestUsers as;
    private final ProjectQueries projects;
    private final WorkItemService items;
    private final ProgressService progress;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    EvidenceFixture(TestUsers as, ProjectQueries projects, WorkItemService items, ProgressService progress,
                    JdbcTemplate jdbc, Clock clock) {
        this.as = as;
        this.projects = projects;
        this.items = items;
        this.progress = progress;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The project manager's project under construction and one of its items. */
    record Site(long projectId, WorkItemRow item) {
    }

    Site pmSite() throws Exception {
        return as.as("pm", () -> {
            ProjectRow project = projects.loggable().getFirst();
            WorkItemRow item = items.items(project.id()).stream().filter(i -> !i.retired()).findFirst().orElseThrow();
            return new Site(project.id(), item);
        });
    }

    /** A new entry on the item, logged by the project manager today. */
    long entry(Site site) throws Exception {
        return as.as("pm", () -> progress.log(new ProgressService.LogRequest(site.item().id(), LocalDate.now(clock),
                BigDecimal.ONE, "evidence test", true)));
    }

    /** A project the project manager is not assigned to. */
    long otherProject() throws Exception {
        Site mine = pmSite();
        return as.as("admin", () -> projects.all(ProjectFilter.none()).stream()
                .filter(p -> p.id() != mine.projectId() && !p.name().contains("富民") && !p.name().contains("靖江东里"))
                .findFirst().orElseThrow().id());
    }

    /** A household's answer in a round of 靖江里社区 (the demo committee's community). */
    long committeeAnswer() {
        return jdbc.queryForObject("select min(r.id) from household_response r join consultation_round c on c.id = r.round_id"
                + " join project p on p.id = c.project_id where p.name like '%靖江东里%'", Long.class);
    }

    long storedFiles() {
        return jdbc.queryForObject("select count(*) from stored_file", Long.class);
    }
}
