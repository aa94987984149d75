package io.github.amocrmspring.storage;

/** How an account authorizes its requests. */
public enum AuthKind {

    /** OAuth 2.0 access and refresh tokens that rotate on refresh. */
    OAUTH,

    /** A long-lived access token without a refresh token. */
    LONG_LIVED_TOKEN,

    /** The legacy login and API key, exchanged for a session cookie. */
    API_KEY
}
