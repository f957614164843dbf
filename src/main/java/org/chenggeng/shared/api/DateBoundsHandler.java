package org.chenggeng.shared.api;

import jakarta.servlet.http.HttpServletRequest;
import org.chenggeng.shared.DateBounds;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A date outside {@link DateBounds} is a malformed request, 400, not a refused operation (422). Ordered before
 * {@link ApiExceptionHandler}, whose handler for every domain refusal would otherwise answer first.
 */
@RestControllerAdvice(basePackages = "org.chenggeng")
@Order(Ordered.HIGHEST_PRECEDENCE)
class DateBoundsHandler {

    private final ApiErrors errors;

    DateBoundsHandler(ApiErrors errors) {
        this.errors = errors;
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ApiError outOfRange(DateBounds.OutOfRange e, HttpServletRequest request) {
        return errors.refusal(request, e);
    }
}
