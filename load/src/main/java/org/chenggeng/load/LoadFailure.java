package org.chenggeng.load;

/** An answer that a user would have seen as a failure: an error, an expired session, a missing text. */
final class LoadFailure extends RuntimeException {

    private final String kind;

    LoadFailure(String message) {
        this("unexpected", message);
    }

    LoadFailure(String kind, String message) {
        super(message);
        this.kind = kind;
    }

    String kind() {
        return kind;
    }
}
