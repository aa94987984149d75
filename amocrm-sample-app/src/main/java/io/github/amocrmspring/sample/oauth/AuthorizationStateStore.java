package io.github.amocrmspring.sample.oauth;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;
import org.springframework.web.util.WebUtils;

/** Keeps the OAuth states of each browser in its HTTP session, so that a state is accepted only where it began. */
public class AuthorizationStateStore {

    private static final String SESSION_ATTRIBUTE = AuthorizationStates.class.getName();

    private final Clock clock;

    private final Duration timeToLive;

    /**
     * Creates a store.
     * @param clock the clock that decides expiry
     * @param timeToLive how long a state may be used after it was issued
     */
    public AuthorizationStateStore(Clock clock, Duration timeToLive) {
        this.clock = clock;
        this.timeToLive = timeToLive;
    }

    /**
     * Issues a fresh state for the browser of a request, creating its session if needed.
     * @param request the request that starts the connection
     * @return the state to send to the authorization page
     */
    public String issue(HttpServletRequest request) {
        HttpSession session = request.getSession(true);
        AuthorizationStates states;
        synchronized (WebUtils.getSessionMutex(session)) {
            states = (AuthorizationStates) session.getAttribute(SESSION_ATTRIBUTE);
            if (states == null) {
                states = new AuthorizationStates();
            }
            String state = states.issue(this.clock.instant(), this.timeToLive);
            session.setAttribute(SESSION_ATTRIBUTE, states);
            return state;
        }
    }

    /**
     * Checks a state received by the callback against those issued to the same browser, and uses it up.
     * @param request the callback request
     * @param state the state it carries, possibly {@code null}
     * @return the outcome
     */
    public StateCheck consume(HttpServletRequest request, String state) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return (state == null || state.isEmpty()) ? StateCheck.MISSING : StateCheck.UNKNOWN;
        }
        synchronized (WebUtils.getSessionMutex(session)) {
            AuthorizationStates states = (AuthorizationStates) session.getAttribute(SESSION_ATTRIBUTE);
            if (states == null) {
                states = new AuthorizationStates();
            }
            StateCheck check = states.consume(state, this.clock.instant());
            session.setAttribute(SESSION_ATTRIBUTE, states);
            return check;
        }
    }
}
