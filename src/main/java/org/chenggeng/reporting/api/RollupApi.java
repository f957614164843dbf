package org.chenggeng.reporting.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.chenggeng.reporting.ReportService;
import org.chenggeng.shared.api.ApiErrors;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/rollups")
@Tag(name = "Roll-ups")
class RollupApi {

    private final ReportService reports;
    private final ApiErrors errors;

    RollupApi(ReportService reports, ApiErrors errors) {
        this.reports = reports;
        this.errors = errors;
    }

    @GetMapping
    @Operation(operationId = "rollup", summary = "Quantities, rates, narrative and consultation figures for a scope",
            description = "The projects in the caller's scope that match the filters (or the one project given), with "
                    + "quantities completed between from and to (both included; open ends mean all time). The "
                    + "narrative is in the request's language (Accept-Language; Chinese by default).")
    RollupJson rollup(@ParameterObject ScopeParameters scope, HttpServletRequest request) {
        return RollupJson.of(reports.report(scope.request(), errors.locale(request)));
    }
}
