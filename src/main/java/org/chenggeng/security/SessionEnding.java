package org.chenggeng.security;

import jakarta.servlet.http.HttpSession;

/**
 * A signed-in session is about to be ended on the server, and its open screens may still be told why (the Vaadin
 * side listens): a sign-in elsewhere went past the user's session limit, or the user signed out their other
 * sessions. {@code byAddress} is where that was done from.
 */
public record SessionEnding(HttpSession session, Reason reason, String byAddress) {

    public enum Reason {
        SIGNED_IN_ELSEWHERE, SIGNED_OUT_ELSEWHERE
    }
}
