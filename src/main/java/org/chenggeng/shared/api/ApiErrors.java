package org.chenggeng.shared.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.MessageKey;
import org.chenggeng.shared.ui.Messages;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Builds and writes the API's error bodies ({@link ApiError}) in the language the request asks for with
 * Accept-Language: Chinese unless it asks for English. The sentences come from the same message bundles as
 * the UI's, so a refusal reads the same on screen and in the API.
 */
@Component
public class ApiErrors {

    public static final String BAD_REQUEST = "bad_request";
    public static final String UNAUTHORIZED = "unauthorized";
    public static final String INVALID_TOKEN = "invalid_token";
    public static final String FORBIDDEN = "forbidden";
    public static final String NOT_FOUND = "not_found";
    public static final String INTERNAL_ERROR = "internal_error";
    public static final String TOO_MANY_REQUESTS = "too_many_requests";
    public static final String UNAVAILABLE = "unavailable";

    private final MessageSource messages;
    private final JsonMapper json;
    private final AcceptHeaderLocaleResolver locales = new AcceptHeaderLocaleResolver();

    ApiErrors(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
        locales.setSupportedLocales(List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH));
        locales.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
    }

    /** The language of the request's answers: English when Accept-Language prefers it, Chinese otherwise. */
    public Locale locale(HttpServletRequest request) {
        Locale requested = locales.resolveLocale(request);
        return "en".equals(requested.getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    /** An error whose code is not its message key (not_found, forbidden …). */
    public ApiError error(HttpServletRequest request, String code, String messageKey, Object... args) {
        Locale locale = locale(request);
        Object[] shown = Arrays.stream(args)
                .map(a -> a instanceof MessageKey key ? messages.getMessage(key.key(), null, key.key(), locale)
                        : a instanceof String text && Messages.calendar(text, locale) != null
                        ? Messages.calendar(text, locale) : a)
                .toArray();
        String message = messages.getMessage(messageKey, shown, messageKey, locale);
        return new ApiError(code, message, Arrays.stream(args).map(String::valueOf).toList());
    }

    /** A refusal by a rule of the domain: its message key is its code. */
    public ApiError refusal(HttpServletRequest request, DomainException e) {
        return error(request, e.messageKey(), e.messageKey(), e.arguments());
    }

    /**
     * The answer to a status given without a reason of ours (by the servlet container or a filter): its code is
     * the status's name in lower case (bad_request, method_not_allowed …).
     */
    public ApiError status(HttpServletRequest request, int status) {
        HttpStatus known = HttpStatus.resolve(status);
        String code = known == null ? "http_" + status : known.name().toLowerCase(Locale.ROOT);
        return switch (status) {
            case 404 -> error(request, NOT_FOUND, "error.notFound");
            case 400 -> error(request, BAD_REQUEST, "api.error.badQuery");
            case 413, 414, 431 -> error(request, code, "api.error.tooLarge");
            default -> error(request, code, "api.error.status", status);
        };
    }

    /** Writes an error where no controller answers: in the security filters. */
    public void write(HttpServletResponse response, HttpStatus status, ApiError error) throws IOException {
        write(response, status.value(), error);
    }

    /** Writes an error with any status, known to Spring or not. */
    public void write(HttpServletResponse response, int status, ApiError error) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        json.writeValue(response.getOutputStream(), error);
    }
}
