package io.github.amocrmspring.sample.oauth;

/** Outcome of checking the {@code state} of an OAuth callback against the states this browser was given. */
public enum StateCheck {

    /** The state was issued to this browser session, had not expired and is now used up. */
    VALID,

    /** The callback carries no state. */
    MISSING,

    /** The state was never issued to this browser session. */
    UNKNOWN,

    /** The state was issued to this browser session and has already been used. */
    REUSED,

    /** The state was issued to this browser session but has expired. */
    EXPIRED,

    /** The callback is amoCRM's widget-install call, which carries no state by design. */
    NOT_REQUIRED
}
