package org.chenggeng.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.chenggeng.consultation.FeedbackCategory;
import org.chenggeng.consultation.OnlineFeedbackService;
import org.chenggeng.evidence.Receiving;
import org.chenggeng.notice.NoticeObjections;
import org.chenggeng.notice.NoticeReadService;
import org.chenggeng.notice.PublicNotice;
import org.chenggeng.project.PublicProjects;
import org.chenggeng.shared.DomainException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A resident's feedback on a project ({@code /p/<slug>/feedback}) and the tracking page ({@code /p/track}). The form
 * carries a signed token instead of a session; sending it takes from the per-address and per-project limits, asks the
 * arithmetic question once half of either is used, and answers the tracking code on success. Nothing here is cached.
 */
@Controller
class FeedbackController {

    private final PublicLinks links;
    private final PublicProjects projects;
    private final OnlineFeedbackService feedback;
    private final PortalGuard guard;
    private final PortalProperties properties;
    private final Views views;
    private final NoticeReadService notices;
    private final NoticeObjections objections;

    FeedbackController(PublicLinks links, PublicProjects projects, OnlineFeedbackService feedback, PortalGuard guard,
                       PortalProperties properties, Views views, NoticeReadService notices,
                       NoticeObjections objections) {
        this.notices = notices;
        this.objections = objections;
        this.links = links;
        this.projects = projects;
        this.feedback = feedback;
        this.guard = guard;
        this.properties = properties;
        this.views = views;
    }

    /** The form; {@code ?notice=n} makes it an objection to the page's n-th notice while its period runs. */
    @GetMapping("/p/{slug}/feedback")
    ResponseEntity<byte[]> form(@PathVariable String slug, @RequestParam(required = false) Integer notice,
                                HttpServletRequest request, HttpServletResponse response) {
        PortalText t = views.text(request, response);
        Optional<PublicProjects.PublicProject> project = project(slug);
        if (project.isEmpty() || (notice != null && notice(project.get(), notice).isEmpty())) {
            return views.notFound(t);
        }
        return form(t, slug, project.get(), notice == null ? 0 : notice, address(request), null, null, null, null,
                HttpStatus.OK);
    }

    @PostMapping("/p/{slug}/feedback")
    ResponseEntity<byte[]> send(@PathVariable String slug, @RequestParam(required = false) String token,
                                @RequestParam(required = false) String category,
                                @RequestParam(required = false) String text,
                                @RequestParam(required = false) String phone,
                                @RequestParam(required = false) String answer,
                                @RequestParam(required = false) Integer notice,
                                @RequestParam(required = false) MultipartFile photo,
                                HttpServletRequest request, HttpServletResponse response) throws IOException {
        PortalText t = views.text(request, response);
        Optional<PublicProjects.PublicProject> project = project(slug);
        if (project.isEmpty()) {
            return views.notFound(t);
        }
        long projectId = project.get().id();
        int number = notice == null ? 0 : notice;
        Optional<PublicNotice> about = number == 0 ? Optional.empty() : notice(project.get(), number);
        if (number != 0 && about.isEmpty()) {
            return views.notFound(t);
        }
        String address = address(request);
        String typed = text == null ? null : text.length() > 4 * OnlineFeedbackService.MAX_TEXT
                ? text.substring(0, 4 * OnlineFeedbackService.MAX_TEXT) : text;
        String purpose = purpose(slug, about);
        boolean challenged = guard.tokens().asksChallenge(token);
        if (!challenged && guard.challengeDue(address, projectId)) {
            return form(t, slug, project.get(), number, address, category, typed, phone, "portal.error.challengeNow",
                    HttpStatus.OK);
        }
        FormTokens.Verdict verdict = guard.tokens().check(token, purpose, answer);
        if (verdict != FormTokens.Verdict.OK) {
            return form(t, slug, project.get(), number, address, category, typed, phone,
                    "portal.error.token." + verdict.name(), HttpStatus.valueOf(422));
        }
        long wait = guard.admit(address, projectId);
        if (wait > 0) {
            return views.tooMany(t, wait);
        }
        FeedbackCategory chosen = category(category);
        try {
            String code;
            if (about.isPresent()) {
                if (typed != null && typed.strip().length() > OnlineFeedbackService.MAX_TEXT) {
                    throw new DomainException("error.tooLong", OnlineFeedbackService.MAX_TEXT);
                }
                if (phone != null && !phone.isBlank() && !phone.strip().matches("[0-9+\\- ]{5,20}")) {
                    throw new DomainException("portal.error.phone");
                }
                code = feedback.trackingFor(objections.object(projectId, about.get().id(), chosen, typed), phone);
            } else {
                Path received = photo == null || photo.isEmpty() ? null
                        : Receiving.toTemporaryFile(photo.getInputStream(), photo.getSize(), properties.maxPhotoBytes());
                code = feedback.submit(projectId, new OnlineFeedbackService.Submission(chosen, typed, phone), received);
            }
            Map<String, Object> model = Map.of("t", t, "slug", slug, "projectName", project.get().name(),
                    "code", code);
            return views.fresh(HttpStatus.OK, views.render("portal/sent.jte", model));
        } catch (DomainException refused) {
            return form(t, slug, project.get(), number, address, category, typed, phone,
                    t.msg(refused.messageKey(), dates(t, refused.arguments())), HttpStatus.valueOf(422));
        }
    }

    /** The tracking form; a code typed into it goes to the code's own address (so the language switch keeps it). */
    @GetMapping("/p/track")
    ResponseEntity<byte[]> track(@RequestParam(required = false) String code, HttpServletRequest request,
                                 HttpServletResponse response) {
        if (code != null && !code.isBlank() && code.length() <= 40 && code.matches("[A-Za-z0-9 -]+")) {
            return ResponseEntity.status(HttpStatus.SEE_OTHER)
                    .location(java.net.URI.create("/p/track/" + code.strip().replace(' ', '-'))).build();
        }
        return lookup(code, request, response);
    }

    @GetMapping("/p/track/{code}")
    ResponseEntity<byte[]> trackCode(@PathVariable String code, HttpServletRequest request,
                                     HttpServletResponse response) {
        return lookup(code, request, response);
    }

    private ResponseEntity<byte[]> lookup(String code, HttpServletRequest request, HttpServletResponse response) {
        PortalText t = views.text(request, response);
        Map<String, Object> model = new HashMap<>();
        model.put("t", t);
        model.put("code", code == null ? "" : code.length() > 40 ? code.substring(0, 40) : code);
        model.put("asked", code != null && !code.isBlank());
        model.put("tracked", null);
        if (code != null && !code.isBlank()) {
            long wait = guard.lookup(address(request));
            if (wait > 0) {
                return views.tooMany(t, wait);
            }
            model.put("tracked", feedback.track(code).orElse(null));
        }
        HttpStatus status = Boolean.TRUE.equals(model.get("asked")) && model.get("tracked") == null
                ? HttpStatus.NOT_FOUND : HttpStatus.OK;
        return views.fresh(status, views.render("portal/track.jte", model));
    }

    private ResponseEntity<byte[]> form(PortalText t, String slug, PublicProjects.PublicProject project, int notice,
                                        String address, String category, String text, String phone, String error,
                                        HttpStatus status) {
        Optional<PublicNotice> about = notice == 0 ? Optional.empty() : notice(project, notice);
        FormTokens.Issued issued = guard.tokens().issue(purpose(slug, about),
                guard.challengeDue(address, project.id()));
        String question = issued.challenge() == null ? null
                : t.msg("portal.challenge.question", issued.challenge().a(), issued.challenge().b());
        String message = error == null ? null : error.startsWith("portal.") ? t.msg(error) : error;
        FeedbackForm form = new FeedbackForm(slug, project.name(), issued.token(), question, category, text, phone,
                message, OnlineFeedbackService.MAX_TEXT, about.isPresent() ? notice : 0,
                about.map(PublicNotice::title).orElse(null));
        return views.fresh(status, views.render("portal/feedback.jte", Map.of("t", t, "form", form)));
    }

    /** The page's n-th notice (from 1, as the page lists them), if objections to it are taken today. */
    private Optional<PublicNotice> notice(PublicProjects.PublicProject project, int number) {
        List<PublicNotice> all = notices.publicNotices(project.id());
        return number < 1 || number > all.size() ? Optional.empty()
                : Optional.of(all.get(number - 1)).filter(PublicNotice::objectionsOpen);
    }

    /** What a form's token is for: the project's page and, for an objection, the very notice. */
    private static String purpose(String slug, Optional<PublicNotice> about) {
        return "feedback:" + slug + about.map(n -> ":" + n.id()).orElse("");
    }

    /** A refusal's dates (a notice's period) written in the page's language. */
    static Object[] dates(PortalText t, Object[] args) {
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof java.time.LocalDate d) {
                out[i] = t.date(d);
            }
        }
        return out;
    }

    private Optional<PublicProjects.PublicProject> project(String slug) {
        return links.projectOf(slug).flatMap(projects::find);
    }

    private static FeedbackCategory category(String value) {
        try {
            return value == null ? null : FeedbackCategory.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The client's address as Tomcat gives it: the connection's, or a trusted proxy's X-Forwarded-For. */
    private static String address(HttpServletRequest request) {
        return request.getRemoteAddr();
    }
}
