package io.github.amocrmspring.sample.oauth;

/** What to do with an OAuth callback: exchange its code, show that access was declined, or refuse it. */
public sealed interface CallbackDecision {

    /**
     * The callback is genuine: exchange the code with the account.
     * @param accountHost the account host, lower-cased and checked
     * @param code the authorization code
     * @param widgetInstall whether amoCRM itself made the call when the integration was installed
     */
    record Accepted(String accountHost, String code, boolean widgetInstall) implements CallbackDecision {

        @Override
        public String toString() {
            return "Accepted[accountHost=" + this.accountHost + ", widgetInstall=" + this.widgetInstall + "]";
        }
    }

    /** The user declined access on the authorization page. */
    record Declined() implements CallbackDecision {}

    /**
     * The callback is refused and nothing is sent anywhere.
     * @param reason why
     */
    record Refused(RefusalReason reason) implements CallbackDecision {}
}
