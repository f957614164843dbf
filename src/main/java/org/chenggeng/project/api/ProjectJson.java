package org.chenggeng.project.api;

import org.chenggeng.project.ProjectRow;
import org.chenggeng.project.ProjectStatus;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A project in the API's list; {@code communities} names its compounds' communities, joined by 、. */
record ProjectJson(Long id, String code, String name, int year, boolean pilot, ProjectStatus status,
                   String implementingUnit, BigDecimal budget, LocalDate plannedStart, LocalDate plannedEnd,
                   String communities, int households) {

    static ProjectJson of(ProjectRow row) {
        return new ProjectJson(row.id(), row.code(), row.name(), row.year(), row.pilot(), row.status(),
                row.implementingUnit(), row.budget(), row.plannedStart(), row.plannedEnd(), row.communities(),
                row.households());
    }
}
