package io.github.amocrmspring.sample.oauth;

/** Why an OAuth callback was refused, with the explanation shown to the user. */
public enum RefusalReason {

    /** A parameter was given more than once. */
    PARAMETER_REPEATED("A parameter of the callback was given more than once."),

    /** No state, and not amoCRM's widget-install call. */
    STATE_MISSING("The callback carries no state. Start the connection again from the start page."),

    /** The state was never issued to this browser. */
    STATE_UNKNOWN("The state of the callback was not issued to this browser. "
            + "Start the connection again from the start page, in the same browser."),

    /** The state was used before. */
    STATE_REUSED("This authorization was already used. Start the connection again from the start page."),

    /** The state has expired. */
    STATE_EXPIRED("The authorization took too long and has expired. Start the connection again from the start page."),

    /** No client_id. */
    CLIENT_ID_MISSING("The callback does not name the integration it was issued to."),

    /** A client_id other than this application's. */
    CLIENT_ID_FOREIGN("The callback was issued to another integration."),

    /** No referer. */
    REFERER_MISSING("The callback does not name the account that granted access."),

    /** A referer that is not an amoCRM or Kommo account host. */
    REFERER_NOT_ACCOUNT_HOST("The callback names an account host that is not an amoCRM or Kommo account."),

    /** No authorization code. */
    CODE_MISSING("The callback carries no authorization code."),

    /** amoCRM reported an error other than a declined access. */
    AUTHORIZATION_ERROR("amoCRM reported an error instead of granting access.");

    private final String explanation;

    RefusalReason(String explanation) {
        this.explanation = explanation;
    }

    /**
     * Returns the explanation shown to the user.
     * @return one or two sentences, with no value taken from the request
     */
    public String explanation() {
        return this.explanation;
    }
}
