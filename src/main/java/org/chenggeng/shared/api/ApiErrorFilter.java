package org.chenggeng.shared.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * The outermost filter of {@code /api/**}: whatever fails before or around a controller (the token lookup in the
 * security filters while the database is down, a query string Tomcat cannot decode, a status sent without a body)
 * is answered with the API's JSON error instead of Spring Boot's or Tomcat's error page.
 */
class ApiErrorFilter extends OncePerRequestFilter {

    /** Seconds a client should wait before retrying while the database is out of reach. */
    static final String RETRY_UNAVAILABLE = "5";

    private static final Logger log = LoggerFactory.getLogger(ApiErrorFilter.class);

    private final ApiErrors errors;

    ApiErrorFilter(ApiErrors errors) {
        this.errors = errors;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, new JsonErrors(request, response));
        } catch (IOException | ServletException | RuntimeException e) {
            if (response.isCommitted()) {
                throw e;
            }
            response.reset();
            Throwable cause = e instanceof ServletException && e.getCause() != null ? e.getCause() : e;
            if (cause instanceof InvalidParameterException) {
                errors.write(response, HttpStatus.BAD_REQUEST, errors.error(request, ApiErrors.BAD_REQUEST,
                        "api.error.badQuery"));
            } else if (isOutage(cause)) {
                log.warn("API request {} {} failed, the database is out of reach: {}", request.getMethod(),
                        request.getRequestURI(), cause.toString());
                response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_UNAVAILABLE);
                errors.write(response, HttpStatus.SERVICE_UNAVAILABLE, errors.error(request, ApiErrors.UNAVAILABLE,
                        "api.error.unavailable"));
            } else {
                log.error("API request {} {} failed", request.getMethod(), request.getRequestURI(), e);
                errors.write(response, HttpStatus.INTERNAL_SERVER_ERROR, errors.error(request,
                        ApiErrors.INTERNAL_ERROR, "error.unexpected"));
            }
        }
    }

    /** The database could not be reached or gave up for now: a retry may succeed. */
    static boolean isOutage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
                    || t instanceof TransientDataAccessException || t instanceof java.sql.SQLTransientException
                    || t instanceof java.sql.SQLRecoverableException
                    || t instanceof java.sql.SQLNonTransientConnectionException) {
                return true;
            }
        }
        return false;
    }

    /** Turns a bare {@code sendError} (from Tomcat or a filter) into the API's JSON error. */
    private final class JsonErrors extends HttpServletResponseWrapper {

        private final HttpServletRequest request;

        JsonErrors(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public void sendError(int status) throws IOException {
            sendError(status, null);
        }

        @Override
        public void sendError(int status, String reason) throws IOException {
            if (isCommitted()) {
                super.sendError(status, reason);
                return;
            }
            resetBuffer();
            errors.write((HttpServletResponse) getResponse(), status, errors.status(request, status));
            flushBuffer();
        }
    }
}
