package org.chenggeng.shared;

import org.springframework.security.access.AccessDeniedException;

/**
 * A record outside the user's scope was asked for. It is refused like a record that does not exist (the API
 * answers 404, a view shows the not-found page), so that a refusal does not confirm which ids exist; it stays an
 * {@link AccessDeniedException}, so that whoever refuses both alike need not tell them apart.
 */
public class OutOfScopeException extends AccessDeniedException {

    public OutOfScopeException(String what) {
        super(what);
    }
}
