package org.chenggeng.evidence;

import jakarta.servlet.http.HttpServletResponse;
import org.chenggeng.shared.NotFoundException;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;


import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * Serves attached files at {@code /files/<token>[/thumbnail|/display]} to the signed-in session: the token is 32
 * random URL-safe characters, and {@link EvidenceFiles} checks the record the file belongs to. Anything refused or
 * unknown is 404, so a URL tells an outsider nothing. Photos open inline; documents and {@code ?download} save.
 * A project's evidence zip is {@code /evidence/projects/<id>/evidence.zip}.
 */
@RestController
class FileController {

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{32}");

    private final EvidenceFiles files;
    private final EvidenceZip zips;

    FileController(EvidenceFiles files, EvidenceZip zips) {
        this.files = files;
        this.zips = zips;
    }

    /** A project's evidence as one zip with its index sheet, for officials (see {@link EvidenceZip}). */
    @GetMapping("/evidence/projects/{projectId}/evidence.zip")
    void zip(@PathVariable long projectId, HttpServletResponse response) throws IOException {
        zips.check(projectId);
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("影像资料-" + projectId + ".zip", StandardCharsets.UTF_8).build().toString());
        response.setHeader("X-Content-Type-Options", "nosniff");
        zips.write(projectId, response.getOutputStream());
    }

    @GetMapping("/files/{token}")
    ResponseEntity<InputStreamResource> original(@PathVariable String token,
                                                 @RequestParam(required = false) String download) {
        return serve(token, EvidenceFiles.Variant.ORIGINAL, download != null);
    }

    @GetMapping("/files/{token}/{variant}")
    ResponseEntity<InputStreamResource> rendition(@PathVariable String token, @PathVariable String variant) {
        EvidenceFiles.Variant v = switch (variant) {
            case "thumbnail" -> EvidenceFiles.Variant.THUMBNAIL;
            case "display" -> EvidenceFiles.Variant.DISPLAY;
            default -> throw new NotFoundException();
        };
        return serve(token, v, false);
    }

    private ResponseEntity<InputStreamResource> serve(String token, EvidenceFiles.Variant variant, boolean save) {
        if (!TOKEN.matcher(token).matches()) {
            throw new NotFoundException();
        }
        EvidenceFiles.Download d = files.open(token, variant);
        boolean inline = !save && (d.mediaType().startsWith("image/") || d.mediaType().equals("application/pdf"));
        ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(variant == EvidenceFiles.Variant.ORIGINAL ? d.fileName() : "preview.jpg",
                        StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(d.mediaType()))
                .contentLength(d.length())
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .body(new InputStreamResource(d.content()));
    }

    @ExceptionHandler({NotFoundException.class, AccessDeniedException.class})
    ResponseEntity<String> notFound() {
        return ResponseEntity.status(404).contentType(MediaType.TEXT_PLAIN).body("not found");
    }
}
