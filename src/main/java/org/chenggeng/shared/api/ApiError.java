package org.chenggeng.shared.api;

import java.util.List;

/**
 * The body of every error the JSON API answers: a stable code that clients may branch on (a message key such as
 * {@code progress.error.monthLocked}, or {@code not_found}, {@code forbidden}, {@code bad_request} …), the
 * sentence in the request's language and the sentence's arguments as text.
 */
public record ApiError(String code, String message, List<String> arguments) {

    public ApiError {
        arguments = List.copyOf(arguments);
    }
}
