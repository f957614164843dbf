package org.chenggeng.reporting.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.chenggeng.evidence.ReportPhotos;
import org.chenggeng.reporting.ExportFormat;
import org.chenggeng.reporting.ReportExportService;
import org.chenggeng.reporting.ReportRequest;
import org.chenggeng.shared.api.ApiErrors;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;

@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Reports")
class ReportApi {

    private final ReportExportService exports;
    private final ApiErrors errors;

    ReportApi(ReportExportService exports, ApiErrors errors) {
        this.exports = exports;
        this.errors = errors;
    }

    @GetMapping
    @Operation(operationId = "downloadReport", summary = "The report document as Word, Excel, PDF or CSV",
            description = "The same document the report screen downloads, for the projects in the caller's scope that "
                    + "match the filters (or the one project given) and the period between from and to. The "
                    + "language follows Accept-Language (Chinese by default). It holds no personal data. With photos=true "
                    + "the Word and PDF report of one project ends with each work item's photos before and after the "
                    + "works: the earliest before and the latest after (the report screen lets a user choose others).")
    ResponseEntity<Resource> download(
            @Parameter(description = "DOCX, XLSX, PDF or CSV") @RequestParam ExportFormat format,
            @ParameterObject ScopeParameters scope,
            @Parameter(description = "one project's DOCX or PDF: append the photos before and after each work item")
            @RequestParam(defaultValue = "false") boolean photos, HttpServletRequest http) {
        ReportRequest request = scope.request().withPhotos(photos ? ReportPhotos.Selection.DEFAULTS : null);
        var file = exports.export(request, errors.locale(http), format, progress -> { });
        // The export waits in a temporary file; the stream deletes it (on Linux at once: the open stream reads on).
        long size = file.size();
        InputStream content;
        try {
            content = Files.newInputStream(file.file(), StandardOpenOption.DELETE_ON_CLOSE);
        } catch (IOException e) {
            file.delete();
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .contentLength(size)
                .body(new InputStreamResource(content));
    }
}
