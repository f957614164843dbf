package org.chenggeng.project.api;

import org.chenggeng.project.ProjectData;
import org.chenggeng.project.ProjectAccess.ProjectDetails;
import org.chenggeng.project.TransitionRow;
import org.chenggeng.project.ProjectStatus;
import org.chenggeng.region.CompoundService.CompoundRow;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A project with its compounds and every lifecycle step taken so far, oldest first. */
record ProjectDetailJson(Long id, String code, String name, int year, boolean pilot, ProjectStatus status,
                         String implementingUnit, BigDecimal budget, String description, LocalDate plannedStart,
                         LocalDate plannedEnd, LocalDate actualStart, LocalDate actualEnd, LocalDate acceptanceDate,
                         String acceptanceBody, LocalDate handoverDate, boolean sample, List<CompoundJson> compounds,
                         List<TransitionJson> history) {

    /** A compound the project renews. */
    record CompoundJson(Long id, String name, Long communityId, String communityName, Integer yearBuilt, int buildings,
                    int households, BigDecimal floorArea) {
    }

    /** A lifecycle step: from (null for creation) and to, when, by whom, and the consent tally 立项 rested on. */
    record TransitionJson(ProjectStatus from, ProjectStatus to, Instant at, String actor, String note,
                      String consentTally) {
    }

    static ProjectDetailJson of(ProjectDetails p, List<TransitionRow> history) {
        ProjectData d = p.data();
        return new ProjectDetailJson(p.id(), d.code(), d.name(), d.year(), d.pilot(), p.status(), d.implementingUnit(),
                d.budget(), d.description(), d.plannedStart(), d.plannedEnd(), p.actualStart(), p.actualEnd(),
                p.acceptanceDate(), p.acceptanceBody(), p.handoverDate(), p.sample(),
                p.compounds().stream().map(ProjectDetailJson::compound).toList(),
                history.stream().map(t -> new TransitionJson(t.from(), t.to(), t.at(), t.actor(), t.note(),
                        t.consentTally())).toList());
    }

    private static CompoundJson compound(CompoundRow c) {
        return new CompoundJson(c.id(), c.name(), c.communityId(), c.communityName(), c.yearBuilt(), c.buildings(),
                c.households(), c.floorArea());
    }
}
