package org.chenggeng.shared.api;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.chenggeng.shared.ConfirmationNeeded;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.NotFoundException;
import org.chenggeng.shared.OutOfScopeException;
import org.chenggeng.shared.StaleDataException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.MethodParameter;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every error of the JSON API as an {@link ApiError}: a refusal by a domain rule is 422 with the rule's message
 * key as code (409 when the client may resend it confirmed, or when someone else changed the record first),
 * an unknown record and one outside the caller's scope alike 404, what the caller's role may not do 403, a
 * malformed request 400. The application's
 * only controllers are the API's (the UI is Vaadin), so this applies to every controller under
 * {@code org.chenggeng}, whichever module it belongs to.
 */
@RestControllerAdvice(basePackages = "org.chenggeng")
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private final ApiErrors errors;

    ApiExceptionHandler(ApiErrors errors) {
        this.errors = errors;
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.CONFLICT)
    ApiError confirmationNeeded(ConfirmationNeeded e, HttpServletRequest request) {
        return errors.refusal(request, e);
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.CONFLICT)
    ApiError stale(StaleDataException e, HttpServletRequest request) {
        return errors.refusal(request, e);
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.CONFLICT)
    ApiError stale(OptimisticLockingFailureException e, HttpServletRequest request) {
        return errors.refusal(request, new StaleDataException());
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ApiError notFound(NotFoundException e, HttpServletRequest request) {
        return errors.error(request, ApiErrors.NOT_FOUND, e.messageKey());
    }

    /** Out of scope answers like unknown, so that the API does not tell which ids exist (decision 2). */
    @ExceptionHandler
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ApiError outOfScope(OutOfScopeException e, HttpServletRequest request) {
        return errors.error(request, ApiErrors.NOT_FOUND, "error.notFound");
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
    ApiError refused(DomainException e, HttpServletRequest request) {
        return errors.refusal(request, e);
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.FORBIDDEN)
    ApiError forbidden(AccessDeniedException e, HttpServletRequest request) {
        return errors.error(request, ApiErrors.FORBIDDEN, "error.denied");
    }

    @ExceptionHandler
    ResponseEntity<ApiError> tooManyWrites(ApiWriteLimit.Exceeded e, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfter))
                .body(errors.error(request, ApiErrors.TOO_MANY_REQUESTS, "api.error.writeLimit", e.limit,
                        e.retryAfter));
    }

    /** The database out of reach is 503 with Retry-After: the client may send the same request again. */
    @ExceptionHandler
    ResponseEntity<ApiError> unexpected(Exception e, HttpServletRequest request) {
        if (ApiErrorFilter.isOutage(e)) {
            logger.warn("API request " + request.getMethod() + " " + request.getRequestURI()
                    + " failed, the database is out of reach: " + e);
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, ApiErrorFilter.RETRY_UNAVAILABLE)
                    .body(errors.error(request, ApiErrors.UNAVAILABLE, "api.error.unavailable"));
        }
        if (e instanceof InvalidParameterException) {
            return ResponseEntity.badRequest().body(errors.error(request, ApiErrors.BAD_REQUEST,
                    "api.error.badQuery"));
        }
        logger.error("API request " + request.getMethod() + " " + request.getRequestURI() + " failed", e);
        return ResponseEntity.internalServerError().body(errors.error(request, ApiErrors.INTERNAL_ERROR,
                "error.unexpected"));
    }

    /** Spring MVC's own refusals (unreadable body, wrong parameter type, unsupported media type …). */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        HttpServletRequest http = ((ServletWebRequest) request).getRequest();
        ApiError error = switch (ex) {
            case HttpMessageNotReadableException e -> unreadable(http, e);
            case MethodArgumentNotValidException e -> invalid(http, e.getBindingResult().getFieldErrors().stream()
                    .map(FieldError::getField).distinct().toList());
            case HandlerMethodValidationException e -> invalid(http, e.getParameterValidationResults().stream()
                    .flatMap(r -> r instanceof ParameterErrors bean
                            ? bean.getFieldErrors().stream().map(FieldError::getField)
                            : Stream.of(parameterName(r.getMethodParameter()))).distinct().toList());
            case MethodArgumentTypeMismatchException e -> errors.error(http, ApiErrors.BAD_REQUEST,
                    "api.error.badParameter", e.getName(), String.valueOf(e.getValue()));
            case TypeMismatchException e -> errors.error(http, ApiErrors.BAD_REQUEST, "api.error.badParameter",
                    String.valueOf(e.getPropertyName()), String.valueOf(e.getValue()));
            case MissingServletRequestParameterException e -> errors.error(http, ApiErrors.BAD_REQUEST,
                    "api.error.missingParameter", e.getParameterName());
            case HttpMediaTypeNotSupportedException e -> errors.error(http, code(status), "api.error.mediaType");
            case NoResourceFoundException e -> errors.error(http, ApiErrors.NOT_FOUND, "error.notFound");
            default -> errors.error(http, code(status), "api.error.status", status.value());
        };
        HttpHeaders json = new HttpHeaders();
        json.putAll(headers);
        json.setContentType(MediaType.APPLICATION_JSON);
        return new ResponseEntity<>(error, json, status);
    }

    /** Not JSON at all, a field whose value has the wrong type (a date that is no date), or an unknown field. */
    private ApiError unreadable(HttpServletRequest request, HttpMessageNotReadableException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
                String field = jackson.getPath().stream()
                        .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
                        .collect(Collectors.joining(".")).replace(".[", "[");
                return errors.error(request, ApiErrors.BAD_REQUEST, cause instanceof UnrecognizedPropertyException
                        ? "api.error.unknownField" : "api.error.badField", field);
            }
        }
        return errors.error(request, ApiErrors.BAD_REQUEST, "api.error.unreadable");
    }

    private ApiError invalid(HttpServletRequest request, List<String> fields) {
        return errors.error(request, ApiErrors.BAD_REQUEST, "api.error.invalidFields", String.join(", ", fields));
    }

    /** A header by its name (Idempotency-Key), anything else by the Java parameter's. */
    private static String parameterName(MethodParameter parameter) {
        RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
        return header != null && !header.name().isEmpty() ? header.name() : parameter.getParameterName();
    }

    private static String code(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return known == null ? "http_" + status.value() : known.name().toLowerCase(Locale.ROOT);
    }
}
