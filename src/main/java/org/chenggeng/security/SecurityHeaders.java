package org.chenggeng.security;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import java.time.Duration;

/**
 * The response headers of each security chain (decision 0031). Every answer says {@code nosniff}, may not be framed
 * ({@code frame-ancestors 'none'} and {@code X-Frame-Options: DENY} for browsers that know only the older header),
 * grants no camera, microphone, position or payment, and carries HSTS when the request came over HTTPS, directly or
 * through a configured proxy that said {@code X-Forwarded-Proto: https} ({@code server.tomcat.remoteip.*}), because
 * Spring Security's HSTS writer asks {@code request.isSecure()}, which the remote-IP valve has set by then; over plain
 * HTTP the header would be ignored by the browser anyway, and a development machine is not pinned to HTTPS.
 *
 * <p>The policies differ by what a chain serves. Vaadin Flow starts its client engine with an inline script and runs
 * the expressions the server sends ({@code executeJs}, event data) by building functions from text, so its pages need
 * {@code script-src 'unsafe-inline' 'unsafe-eval'}, and its components and Lumo set inline styles, so
 * {@code style-src 'unsafe-inline'} (Vaadin's documentation, "Content Security Policy", required settings). Everything
 * else stays at {@code 'self'}: no script, style, font, image or connection from another origin, which is what limits
 * an injected script most (it cannot send what it reads anywhere else); {@code connect-src 'self'} covers the push
 * WebSocket on the same host. The public portal has no script at all, and the JSON API and the actuator answer data
 * that no browser should render as a page. Files served from evidence set their own, stricter policy
 * ({@code default-src 'none'; sandbox}), which the writer here leaves alone because it only adds a header the
 * response does not have yet.
 */
final class SecurityHeaders {

    /** The Vaadin application: its login page, views, downloads of generated exports and the push connection. */
    static final String APP_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:;"
            + " connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
            + " frame-ancestors 'none'";

    /** The residents' portal (decision 0024): server-rendered pages with one stylesheet, photos, and forms. */
    static final String PORTAL_POLICY = "default-src 'none'; img-src 'self'; style-src 'self'; form-action 'self';"
            + " base-uri 'none'; frame-ancestors 'none'";

    /** JSON and the actuator: nothing in an answer may load or run anything, should a browser open it. */
    static final String DATA_POLICY = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /** The OpenAPI document and Swagger UI, which runs its own scripts and sets inline styles and data: images. */
    static final String API_DOCS_POLICY = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:;"
            + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /**
     * Features no page of Chenggeng uses. The phone's photo button is a file input with {@code capture}, which
     * hands over to the camera app and needs no camera permission in the page (that is for {@code getUserMedia}).
     */
    static final String PERMISSIONS = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    static final Duration HSTS_MAX_AGE = Duration.ofDays(365);

    private SecurityHeaders() {
    }

    /**
     * Vaadin's pages: the referrer only to the application itself (same-origin: the addresses carry record ids, and
     * no other site needs them), and a window of its own that no page opened from elsewhere can reach. The headers are
     * written before the request goes on, not when the response is committed: Vaadin writes its bootstrap page (the
     * login view, every view opened by its address) in a way that Spring Security's on-commit writer never sees, so
     * that page went out with no policy at all and with Vaadin's own {@code X-Frame-Options: SAMEORIGIN}
     * ({@code SecurityHeadersTest} found it).
     */
    static Customizer<HeadersConfigurer<HttpSecurity>> app() {
        return h -> {
            common(h, APP_POLICY, ReferrerPolicy.SAME_ORIGIN)
                    .crossOriginOpenerPolicy(c -> c.policy(CrossOriginOpenerPolicy.SAME_ORIGIN));
            h.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                @Override
                public <O extends HeaderWriterFilter> O postProcess(O filter) {
                    filter.setShouldWriteHeadersEagerly(true);
                    return filter;
                }
            });
        };
    }

    /** Public pages: no referrer at all, so that no visit to a page tells the next site which project was read. */
    static Customizer<HeadersConfigurer<HttpSecurity>> portal() {
        return h -> common(h, PORTAL_POLICY, ReferrerPolicy.NO_REFERRER)
                .crossOriginOpenerPolicy(c -> c.policy(CrossOriginOpenerPolicy.SAME_ORIGIN));
    }

    /** The JSON API and the management endpoints. */
    static Customizer<HeadersConfigurer<HttpSecurity>> data() {
        return h -> common(h, DATA_POLICY, ReferrerPolicy.NO_REFERRER);
    }

    static Customizer<HeadersConfigurer<HttpSecurity>> apiDocs() {
        return h -> common(h, API_DOCS_POLICY, ReferrerPolicy.NO_REFERRER);
    }

    private static HeadersConfigurer<HttpSecurity> common(HeadersConfigurer<HttpSecurity> h, String policy,
                                                          ReferrerPolicy referrer) {
        return h.contentSecurityPolicy(csp -> csp.policyDirectives(policy))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .contentTypeOptions(Customizer.withDefaults())
                .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(HSTS_MAX_AGE.toSeconds())
                        .includeSubDomains(true))
                .referrerPolicy(r -> r.policy(referrer))
                .permissionsPolicyHeader(p -> p.policy(PERMISSIONS));
    }
}
