package org.chenggeng.portal;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * Renders the portal's JTE templates and chooses their language without a session: {@code ?lang=en} or
 * {@code ?lang=zh} switches and is remembered in a cookie (only on {@code /p}), which is read otherwise; Chinese by
 * default.
 */
@Component
class Views {

    static final String LANG_COOKIE = "cg_portal_lang";

    private final TemplateEngine templates;
    private final MessageSource messages;

    Views(TemplateEngine templates, MessageSource messages) {
        this.templates = templates;
        this.messages = messages;
    }

    /** The page's language from the request, setting the cookie when the visitor has just switched. */
    PortalText text(HttpServletRequest request, HttpServletResponse response) {
        String asked = request.getParameter("lang");
        if ("en".equals(asked) || "zh".equals(asked)) {
            Cookie cookie = new Cookie(LANG_COOKIE, asked);
            cookie.setPath("/p");
            cookie.setMaxAge(365 * 24 * 3600);
            cookie.setHttpOnly(true);
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
            return text(asked);
        }
        if (request.getCookies() != null) {
            for (Cookie c : request.getCookies()) {
                if (LANG_COOKIE.equals(c.getName())) {
                    return text(c.getValue());
                }
            }
        }
        return text("zh");
    }

    /** Whether the visitor has just switched language (the answer then sets a cookie and must not be shared). */
    static boolean switching(HttpServletRequest request) {
        return request.getParameter("lang") != null;
    }

    PortalText text(String lang) {
        return new PortalText(messages, "en".equals(lang) ? Locale.ENGLISH : PortalText.CHINESE);
    }

    String render(String template, Map<String, Object> model) {
        StringOutput out = new StringOutput();
        templates.render(template, model, out);
        return out.toString();
    }

    /** A page never to be stored (a form with its token, a tracking answer). */
    ResponseEntity<byte[]> fresh(HttpStatus status, String html) {
        return ResponseEntity.status(status).cacheControl(CacheControl.noStore())
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header(HttpHeaders.VARY, HttpHeaders.COOKIE)
                .body(html.getBytes(StandardCharsets.UTF_8));
    }

    /** The small page that says a link leads nowhere. */
    ResponseEntity<byte[]> notFound(PortalText t) {
        return fresh(HttpStatus.NOT_FOUND, render("portal/message.jte", Map.of("t", t,
                "title", t.msg("portal.notFound.title"), "message", t.msg("portal.notFound.text"))));
    }

    ResponseEntity<byte[]> tooMany(PortalText t, long retryAfter) {
        ResponseEntity<byte[]> page = fresh(HttpStatus.TOO_MANY_REQUESTS, render("portal/message.jte", Map.of("t", t,
                "title", t.msg("portal.tooMany.title"), "message", t.msg("portal.tooMany.text",
                        Math.max(1, (retryAfter + 59) / 60)))));
        return ResponseEntity.status(page.getStatusCode()).headers(page.getHeaders())
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter)).body(page.getBody());
    }
}
