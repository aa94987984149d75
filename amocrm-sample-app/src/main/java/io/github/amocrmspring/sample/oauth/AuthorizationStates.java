package io.github.amocrmspring.sample.oauth;

import java.io.Serial;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The OAuth {@code state} values issued to one browser session: random, single-use and expiring.
 *
 * <p>An instance lives in the HTTP session, so a state is only accepted from the browser it was issued to. At most
 * {@value #MAX_STATES} states are kept; the oldest are forgotten first. Used states are remembered until they would
 * have expired, so that a replayed callback is reported as such.
 */
public final class AuthorizationStates implements Serializable {

    /** Most states kept per session, issued and used together. */
    public static final int MAX_STATES = 16;

    @Serial
    private static final long serialVersionUID = 1L;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, Instant> issued = new LinkedHashMap<>();

    private final Map<String, Instant> used = new LinkedHashMap<>();

    /**
     * Issues a fresh state.
     * @param now the current time
     * @param timeToLive how long the state may be used
     * @return the state to send to the authorization page
     */
    public synchronized String issue(Instant now, Duration timeToLive) {
        forgetExpired(now);
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String state = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        this.issued.put(state, now.plus(timeToLive));
        trim(this.issued);
        return state;
    }

    /**
     * Checks a state received by the callback and uses it up.
     * @param state the state as received, possibly {@code null}
     * @param now the current time
     * @return whether the state may be accepted, and why not
     */
    public synchronized StateCheck consume(String state, Instant now) {
        if (state == null || state.isEmpty()) {
            return StateCheck.MISSING;
        }
        String key = find(this.issued, state);
        if (key != null) {
            Instant expiresAt = this.issued.remove(key);
            if (!now.isBefore(expiresAt)) {
                return StateCheck.EXPIRED;
            }
            this.used.put(key, expiresAt);
            trim(this.used);
            return StateCheck.VALID;
        }
        return (find(this.used, state) != null) ? StateCheck.REUSED : StateCheck.UNKNOWN;
    }

    private void forgetExpired(Instant now) {
        this.used.values().removeIf((expiresAt) -> !now.isBefore(expiresAt));
    }

    private static String find(Map<String, Instant> states, String candidate) {
        byte[] candidateBytes = candidate.getBytes(StandardCharsets.UTF_8);
        for (String state : states.keySet()) {
            if (MessageDigest.isEqual(state.getBytes(StandardCharsets.UTF_8), candidateBytes)) {
                return state;
            }
        }
        return null;
    }

    private static void trim(Map<String, Instant> states) {
        Iterator<String> oldestFirst = states.keySet().iterator();
        while (states.size() > MAX_STATES) {
            oldestFirst.next();
            oldestFirst.remove();
        }
    }
}
