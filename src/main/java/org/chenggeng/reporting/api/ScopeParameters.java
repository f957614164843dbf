package org.chenggeng.reporting.api;

import io.swagger.v3.oas.annotations.Parameter;
import org.chenggeng.project.ProjectFilter;
import org.chenggeng.project.ProjectStatus;
import org.chenggeng.reporting.Period;
import org.chenggeng.reporting.ReportRequest;
import org.chenggeng.shared.DateBounds;
import org.chenggeng.shared.DomainException;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/**
 * What a roll-up or report covers, as query parameters: the projects in the caller's scope matching region, year and
 * status (or the one project given), and the period from … to (both included; open ends mean all time), each
 * within {@link DateBounds}.
 */
record ScopeParameters(
        @Parameter(description = "a region (district, street or community) id") Long region,
        @Parameter(description = "the projects' year") Integer year,
        ProjectStatus status,
        @Parameter(description = "one project id instead of the filters") Long project,
        @Parameter(description = "first day, ISO date") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @Parameter(description = "last day, ISO date") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
        @Parameter(description = "write quantities of 10 000 and more in 万") Boolean tenThousands) {

    ReportRequest request() {
        DateBounds.requireSane(from, "from");
        DateBounds.requireSane(to, "to");
        if (from != null && to != null && to.isBefore(from)) {
            throw new DomainException("report.error.periodReversed");
        }
        return new ReportRequest(new ProjectFilter(null, status, year, region, null), project, new Period(from, to),
                Boolean.TRUE.equals(tenThousands));
    }
}
