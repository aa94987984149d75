package io.github.amocrmspring.sample.oauth;

import java.util.List;
import java.util.Map;

/**
 * The parameters amoCRM sends to the integration's redirect URI.
 *
 * @param code the authorization code
 * @param state the state the authorization page was opened with
 * @param referer the host of the account that granted access
 * @param clientId the integration the code was issued to
 * @param fromWidget present when amoCRM calls the redirect URI because the integration was installed from its UI
 * @param error set instead of a code when the user declined, {@code access_denied}
 * @param repeated whether any of these parameters was given more than once
 */
public record AuthorizationCallback(
        String code, String state, String referer, String clientId, String fromWidget, String error, boolean repeated) {

    private static final List<String> NAMES = List.of("code", "state", "referer", "client_id", "from_widget", "error");

    /**
     * Reads the callback from request parameters.
     * @param parameters every parameter with all its values, as a servlet request gives them
     * @return the callback
     */
    public static AuthorizationCallback of(Map<String, String[]> parameters) {
        boolean repeated = NAMES.stream().anyMatch((name) -> {
            String[] values = parameters.get(name);
            return values != null && values.length > 1;
        });
        return new AuthorizationCallback(
                first(parameters, "code"),
                first(parameters, "state"),
                first(parameters, "referer"),
                first(parameters, "client_id"),
                first(parameters, "from_widget"),
                first(parameters, "error"),
                repeated);
    }

    /**
     * Whether this is amoCRM's widget-install call: {@code from_widget} given and no state, as amoCRM documents it.
     * @return {@code true} for the widget-install call
     */
    public boolean isWidgetInstall() {
        return this.fromWidget != null && (this.state == null || this.state.isEmpty());
    }

    private static String first(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        return (values != null && values.length > 0) ? values[0] : null;
    }
}
