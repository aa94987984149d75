package io.github.amocrmspring.test.server;

/** Thrown while applying one item of a batch, to report it under {@code _embedded.errors} with an amoCRM code. */
final class ItemRejectedException extends RuntimeException {

    private final int code;

    ItemRejectedException(int code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    int code() {
        return this.code;
    }
}
