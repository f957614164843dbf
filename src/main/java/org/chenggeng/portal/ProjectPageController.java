package org.chenggeng.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.chenggeng.evidence.PublicFiles;
import org.chenggeng.evidence.PublicPhotos;
import org.chenggeng.notice.NoticeReadService;
import org.chenggeng.notice.PublicNotice;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A project's public page at {@code /p/<slug>}, its public photos at {@code /p/photo/<token>/thumb|display}, its
 * published notices' files at {@code /p/<slug>/file?notice=<n>&n=<k>} and the portal's style sheet. Pages are rendered once and served from {@link PageCache} with a strong ETag, cacheable for
 * 30 seconds by anyone (they hold public data only); a conditional request for an unchanged page is answered 304.
 */
@Controller
class ProjectPageController {

    private static final CacheControl PAGE = CacheControl.maxAge(Duration.ofSeconds(30)).cachePublic();

    private final PublicLinks links;
    private final PageReader reader;
    private final PageCache cache;
    private final Views views;
    private final PublicPhotos photos;
    private final NoticeReadService notices;
    private final PublicFiles files;
    private final byte[] css;
    private final byte[] icon;

    ProjectPageController(PublicLinks links, PageReader reader, PageCache cache, Views views, PublicPhotos photos,
                          NoticeReadService notices, PublicFiles files) throws IOException {
        this.notices = notices;
        this.files = files;
        this.links = links;
        this.reader = reader;
        this.cache = cache;
        this.views = views;
        this.photos = photos;
        this.css = new ClassPathResource("portal/portal.css").getContentAsByteArray();
        // a page's own icon, so that the browser does not ask the Vaadin side for /favicon.ico (which opens a session)
        this.icon = new ClassPathResource("portal/icon.svg").getContentAsByteArray();
    }

    @GetMapping("/p/{slug}")
    ResponseEntity<byte[]> page(@PathVariable String slug,
                                @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch,
                                HttpServletRequest request, HttpServletResponse response) {
        PortalText t = views.text(request, response);
        if (!Slugs.wellFormed(slug)) {
            return views.notFound(t);
        }
        String lang = t.english() ? "en" : "zh";
        PageCache.Page page = cache.get(slug + "|" + lang, () -> links.projectOf(slug)
                .flatMap(id -> reader.read(slug, id))
                .map(p -> views.render("portal/project.jte", Map.of("t", t, "page", p))).orElse(null));
        if (page == null) {
            return views.notFound(t);
        }
        CacheControl cacheControl = Views.switching(request) ? CacheControl.noCache().cachePrivate() : PAGE;
        if (page.etag().equals(ifNoneMatch)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(page.etag()).cacheControl(cacheControl)
                    .header(HttpHeaders.VARY, HttpHeaders.COOKIE).build();
        }
        return ResponseEntity.ok().eTag(page.etag()).cacheControl(cacheControl)
                .header(HttpHeaders.VARY, HttpHeaders.COOKIE)
                .header(HttpHeaders.CONTENT_LANGUAGE, t.htmlLang())
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8)).body(page.body());
    }

    @GetMapping("/p/photo/{token}/{size}")
    ResponseEntity<?> photo(@PathVariable String token, @PathVariable String size) throws IOException {
        if (!"thumb".equals(size) && !"display".equals(size)) {
            return ResponseEntity.notFound().build();
        }
        Optional<PublicPhotos.PublicImage> image = photos.open(token, "thumb".equals(size));
        if (image.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok().contentType(MediaType.IMAGE_JPEG).contentLength(image.get().length())
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(10)).cachePublic())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(image.get().content()));
    }

    /** The {@code n}th file of the page's {@code notice}th published notice, by their places (no id in the URL). */
    @GetMapping("/p/{slug}/file")
    ResponseEntity<?> noticeFile(@PathVariable String slug, @RequestParam(defaultValue = "0") int notice,
                                 @RequestParam(defaultValue = "0") int n) throws IOException {
        Optional<Long> project = links.projectOf(slug);
        if (project.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        List<PublicNotice> published = notices.publicNotices(project.get());
        if (notice < 1 || notice > published.size()) {
            return ResponseEntity.notFound().build();
        }
        Optional<PublicFiles.OpenedFile> file = files.openOfNotice(published.get(notice - 1).id(), n);
        if (file.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        PublicFiles.OpenedFile f = file.get();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(f.type().mediaType()))
                .contentLength(f.length())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(f.name(), StandardCharsets.UTF_8).build().toString())
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(10)).cachePublic())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(f.content()));
    }

    @GetMapping("/p/assets/icon.svg")
    ResponseEntity<byte[]> icon() {
        return ResponseEntity.ok().contentType(MediaType.valueOf("image/svg+xml"))
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic()).body(icon);
    }

    @GetMapping("/p/assets/portal.css")
    ResponseEntity<byte[]> css() {
        return ResponseEntity.ok().contentType(new MediaType("text", "css", StandardCharsets.UTF_8))
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic()).body(css);
    }
}
