package org.chenggeng.reporting.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.chenggeng.project.ProjectFilter;
import org.chenggeng.project.ProjectStatus;
import org.chenggeng.reporting.Period;
import org.chenggeng.reporting.ReportRequest;
import org.chenggeng.reporting.ReportService;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.Locale;

@RestController
@RequestMapping("/api/v1/rollups")
@Tag(name = "Roll-ups")
class RollupApi {

    private final ReportService reports;

    RollupApi(ReportService reports) {
        this.reports = reports;
    }

    @GetMapping
    @Operation(operationId = "rollup", summary = "Quantities, rates, narrative and consultation figures for a scope",
            description = "The projects in the caller's scope that match the filters (or the one project given), with "
                    + "quantities completed between from and to (both included; open ends mean all time). The "
                    + "narrative is in the request's language (Accept-Language; Chinese by default).")
    RollupJson rollup(
            @Parameter(description = "a region (district, street or community) id") @RequestParam(required = false)
            Long region,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) ProjectStatus status,
            @Parameter(description = "one project id instead of the filters") @RequestParam(required = false)
            Long project,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "write quantities of 10 000 and more in 万") @RequestParam(defaultValue = "false")
            boolean tenThousands,
            Locale locale) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new org.chenggeng.shared.DomainException("report.error.periodReversed");
        }
        ReportRequest request = new ReportRequest(new ProjectFilter(null, status, year, region, null), project,
                new Period(from, to), tenThousands);
        return RollupJson.of(reports.report(request, locale.getLanguage().equals("en") ? Locale.ENGLISH
                : Locale.SIMPLIFIED_CHINESE));
    }
}
