package io.github.amocrmspring.client;

/**
 * The header that authorizes a request: {@code Authorization: Bearer ...} or a session {@code Cookie}.
 *
 * <p>{@link #toString()} never shows the value.
 *
 * @param headerName the header name
 * @param headerValue the header value, a secret
 */
public record RequestCredentials(String headerName, String headerValue) {

    /** Create bearer credentials for an access token. */
    public static RequestCredentials bearer(String accessToken) {
        return new RequestCredentials("Authorization", "Bearer " + accessToken);
    }

    /** Create cookie credentials for a session. */
    public static RequestCredentials cookie(String cookie) {
        return new RequestCredentials("Cookie", cookie);
    }

    @Override
    public String toString() {
        return "RequestCredentials[" + this.headerName + "]";
    }
}
