package io.github.amocrmspring.sample.oauth;

import io.github.amocrmspring.sample.oauth.CallbackDecision.Accepted;
import io.github.amocrmspring.sample.oauth.CallbackDecision.Declined;
import io.github.amocrmspring.sample.oauth.CallbackDecision.Refused;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Decides whether an OAuth callback may have its code exchanged, before anything is stored or sent.
 *
 * <p>The checks, in order:
 * <ol>
 * <li>{@code error=access_denied} means the user declined; any other error is refused.
 * <li>No parameter may be repeated.
 * <li>The state must have been issued to this browser, unused and unexpired, unless the call is amoCRM's
 * widget-install call ({@code from_widget} without a state).
 * <li>{@code client_id} must be this application's integration.
 * <li>{@code referer} must be an amoCRM or Kommo account host (see {@link AccountHostPolicy}).
 * <li>A code must be present.
 * </ol>
 */
public final class AuthorizationCallbackValidator {

    /** The error amoCRM sends when the user clicks "Decline". */
    public static final String ACCESS_DENIED = "access_denied";

    private final byte[] clientId;

    private final AccountHostPolicy accountHosts;

    /**
     * Creates a validator for one integration.
     * @param clientId the integration's client ID
     * @param accountHosts the hosts the code may be exchanged with
     */
    public AuthorizationCallbackValidator(String clientId, AccountHostPolicy accountHosts) {
        this.clientId = clientId.getBytes(StandardCharsets.UTF_8);
        this.accountHosts = accountHosts;
    }

    /**
     * Decides what to do with a callback.
     * @param callback the callback's parameters
     * @param stateCheck the outcome of checking its state, {@link StateCheck#NOT_REQUIRED} for the widget-install call
     * @return the decision
     */
    public CallbackDecision decide(AuthorizationCallback callback, StateCheck stateCheck) {
        if (callback.error() != null) {
            return ACCESS_DENIED.equals(callback.error())
                    ? new Declined()
                    : new Refused(RefusalReason.AUTHORIZATION_ERROR);
        }
        if (callback.repeated()) {
            return new Refused(RefusalReason.PARAMETER_REPEATED);
        }
        RefusalReason stateRefusal = stateRefusal(callback, stateCheck);
        if (stateRefusal != null) {
            return new Refused(stateRefusal);
        }
        if (isBlank(callback.clientId())) {
            return new Refused(RefusalReason.CLIENT_ID_MISSING);
        }
        if (!MessageDigest.isEqual(this.clientId, callback.clientId().getBytes(StandardCharsets.UTF_8))) {
            return new Refused(RefusalReason.CLIENT_ID_FOREIGN);
        }
        if (isBlank(callback.referer())) {
            return new Refused(RefusalReason.REFERER_MISSING);
        }
        Optional<String> accountHost = this.accountHosts.accountHost(callback.referer());
        if (accountHost.isEmpty()) {
            return new Refused(RefusalReason.REFERER_NOT_ACCOUNT_HOST);
        }
        if (isBlank(callback.code())) {
            return new Refused(RefusalReason.CODE_MISSING);
        }
        return new Accepted(accountHost.get(), callback.code(), stateCheck == StateCheck.NOT_REQUIRED);
    }

    private static RefusalReason stateRefusal(AuthorizationCallback callback, StateCheck stateCheck) {
        return switch (stateCheck) {
            case VALID -> null;
            case NOT_REQUIRED -> callback.isWidgetInstall() ? null : RefusalReason.STATE_MISSING;
            case MISSING -> RefusalReason.STATE_MISSING;
            case UNKNOWN -> RefusalReason.STATE_UNKNOWN;
            case REUSED -> RefusalReason.STATE_REUSED;
            case EXPIRED -> RefusalReason.STATE_EXPIRED;
        };
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
