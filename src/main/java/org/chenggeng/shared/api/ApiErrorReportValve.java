package org.chenggeng.shared.api;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Tomcat's error report for the errors it answers itself, before the application sees the request (a header such
 * as a very long token, or an address, longer than it reads): for {@code /api/} paths, and for requests whose path
 * Tomcat could not read, the API's JSON error shape instead of Tomcat's HTML page. It runs outside Spring, so the
 * sentences are fixed here, in Chinese, or in English when the request asks for it.
 */
public class ApiErrorReportValve extends ErrorReportValve {

    public ApiErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        String uri = request.getRequestURI();
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || (uri != null && !uri.startsWith("/api/"))) {
            super.report(request, response, throwable);
            return;
        }
        String language = request.getHeader("Accept-Language");
        boolean english = language != null && language.toLowerCase(Locale.ROOT).startsWith("en");
        boolean tooLarge = status == 413 || status == 414 || status == 431 || status == 400;
        String code = status == 400 ? "bad_request" : status == 413 ? "content_too_large"
                : status == 414 ? "uri_too_long" : status == 431 ? "request_header_fields_too_large" : "http_" + status;
        String message = tooLarge
                ? english ? "The request cannot be read: a header (such as the access token) or the address is too "
                + "long, or malformed." : "请求无法解读：请求头（例如访问令牌）或请求地址过长或格式有误。"
                : english ? "The request cannot be processed (HTTP " + status + ")." : "请求无法处理（HTTP " + status + "）。";
        try {
            response.setContentType("application/json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write("{\"code\":\"" + code + "\",\"message\":\"" + message + "\",\"arguments\":[]}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone; nothing more to tell it
        }
    }
}
