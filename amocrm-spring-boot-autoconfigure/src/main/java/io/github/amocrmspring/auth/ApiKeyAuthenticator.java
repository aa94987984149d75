package io.github.amocrmspring.auth;

import io.github.amocrmspring.client.AccountAuthenticator;
import io.github.amocrmspring.client.AmoRequest;
import io.github.amocrmspring.client.AmoTransport;
import io.github.amocrmspring.client.RequestCredentials;
import io.github.amocrmspring.error.AmoAuthorizationException;
import io.github.amocrmspring.error.AmoException;
import io.github.amocrmspring.error.AmoMalformedResponseException;
import io.github.amocrmspring.storage.AuthKind;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import tools.jackson.databind.JsonNode;

/**
 * Authorizes the requests of one account with the legacy login and API key: logs in
 * ({@code POST /private/api/auth.php?type=json}), sends the session cookie with each request, and logs in again
 * when amoCRM answers 401 (sessions last 15 minutes).
 *
 * <p>Each request counts its own attempts: the first new login happens at once, each further one after the
 * configured pause, and after the configured number of logins the request fails. Threads that see the same expired
 * session share one new login.
 */
public class ApiKeyAuthenticator implements AccountAuthenticator {

    private static final Logger logger = LoggerFactory.getLogger(ApiKeyAuthenticator.class);

    private static final String LOGIN_PATH = "/private/api/auth.php?type=json";

    private final String accountHost;

    private final AmoTransport transport;

    private final String login;

    private final String apiKey;

    private final Duration reauthPause;

    private final int reauthAttempts;

    private final ReentrantLock loginLock = new ReentrantLock();

    private volatile @Nullable RequestCredentials session;

    public ApiKeyAuthenticator(
            String accountHost,
            AmoTransport transport,
            String login,
            String apiKey,
            Duration reauthPause,
            int reauthAttempts) {
        this.accountHost = accountHost;
        this.transport = transport;
        this.login = login;
        this.apiKey = apiKey;
        this.reauthPause = reauthPause;
        this.reauthAttempts = reauthAttempts;
    }

    @Override
    public AuthKind kind() {
        return AuthKind.API_KEY;
    }

    @Override
    public RequestCredentials credentials() {
        RequestCredentials current = this.session;
        return (current != null) ? current : logIn(null);
    }

    @Override
    public RequestCredentials renew(@Nullable RequestCredentials rejected, int attempt, String path) {
        if (attempt > this.reauthAttempts) {
            throw new AmoAuthorizationException(
                    "amoCRM refused the session of account " + this.accountHost + " for " + path + " after "
                            + this.reauthAttempts + " new login(s) with the API key",
                    this.accountHost,
                    path,
                    401);
        }
        if (attempt > 1) {
            pause(path);
        }
        logger.debug("amoCRM answered 401 to account {} for {}; logging in again", this.accountHost, path);
        return logIn(rejected);
    }

    private RequestCredentials logIn(@Nullable RequestCredentials rejected) {
        this.loginLock.lock();
        try {
            RequestCredentials current = this.session;
            if (current != null && !current.equals(rejected)) {
                return current;
            }
            RequestCredentials fresh = requestSession();
            this.session = fresh;
            return fresh;
        } finally {
            this.loginLock.unlock();
        }
    }

    private RequestCredentials requestSession() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("USER_LOGIN", this.login);
        body.put("USER_HASH", this.apiKey);
        AmoRequest request = AmoRequest.post(LOGIN_PATH, body).withSecrets(this.apiKey);
        AmoTransport.RawResponse response = this.transport.send(this.accountHost, request, null);
        if (response.status() == 401 || response.status() == 403) {
            throw new AmoAuthorizationException(
                    "amoCRM refused the login and API key of account " + this.accountHost + ": "
                            + this.transport.describeError(request, response),
                    this.accountHost,
                    request.pathWithoutQuery(),
                    response.status());
        }
        JsonNode answer =
                this.transport.interpret(this.accountHost, request, response).body();
        if (!answer.path("response").path("auth").asBoolean(false)) {
            throw new AmoAuthorizationException(
                    "amoCRM did not accept the login and API key of account " + this.accountHost
                            + " (response.auth is not true)",
                    this.accountHost,
                    request.pathWithoutQuery(),
                    response.status());
        }
        String cookie = sessionCookie(response.headers());
        if (cookie.isEmpty()) {
            throw new AmoMalformedResponseException(
                    "amoCRM accepted the login of account " + this.accountHost + " but set no session cookie",
                    this.accountHost,
                    request.pathWithoutQuery(),
                    response.status(),
                    null);
        }
        logger.debug("Logged in to account {} with the API key", this.accountHost);
        return RequestCredentials.cookie(cookie);
    }

    private static String sessionCookie(HttpHeaders headers) {
        List<String> setCookies = headers.getOrEmpty(HttpHeaders.SET_COOKIE);
        StringJoiner cookie = new StringJoiner("; ");
        for (String setCookie : setCookies) {
            String pair = setCookie.split(";", 2)[0].strip();
            if (pair.indexOf('=') > 0) {
                cookie.add(pair);
            }
        }
        return cookie.toString();
    }

    private void pause(String path) {
        try {
            Thread.sleep(this.reauthPause.toMillis());
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new AmoException(
                    "Interrupted while waiting to log in to account " + this.accountHost + " again",
                    this.accountHost,
                    path,
                    ex);
        }
    }
}
