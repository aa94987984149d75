package io.github.amocrmspring.sample.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.amocrmspring.sample.oauth.CallbackDecision.Accepted;
import io.github.amocrmspring.sample.oauth.CallbackDecision.Declined;
import io.github.amocrmspring.sample.oauth.CallbackDecision.Refused;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AuthorizationCallbackValidatorTests {

    private static final String CLIENT_ID = "3f2a1c4e-0000-4000-8000-000000000001";

    private final AuthorizationCallbackValidator validator =
            new AuthorizationCallbackValidator(CLIENT_ID, new AccountHostPolicy(Set.of()));

    @Test
    void shouldAcceptACallbackWithAValidState() {
        CallbackDecision decision = this.validator.decide(callback(parameters()), StateCheck.VALID);

        assertThat(decision).isEqualTo(new Accepted("acme.amocrm.ru", "the-code", false));
    }

    @Test
    void shouldKeepTheCodeOutOfTheDecisionsText() {
        CallbackDecision decision = this.validator.decide(callback(parameters()), StateCheck.VALID);

        assertThat(decision.toString()).doesNotContain("the-code");
    }

    @ParameterizedTest
    @EnumSource(
            value = StateCheck.class,
            names = {"MISSING", "UNKNOWN", "REUSED", "EXPIRED"})
    void shouldRefuseACallbackWhoseStateDoesNotCheckOut(StateCheck stateCheck) {
        CallbackDecision decision = this.validator.decide(callback(parameters()), stateCheck);

        assertThat(decision).isEqualTo(new Refused(RefusalReason.valueOf("STATE_" + stateCheck.name())));
    }

    @Test
    void shouldAcceptTheWidgetInstallCallWithoutState() {
        Map<String, String> parameters = parameters();
        parameters.remove("state");
        parameters.put("from_widget", "1");

        CallbackDecision decision = this.validator.decide(callback(parameters), StateCheck.NOT_REQUIRED);

        assertThat(decision).isEqualTo(new Accepted("acme.amocrm.ru", "the-code", true));
    }

    @Test
    void shouldNotTreatACallbackWithoutFromWidgetAsAWidgetInstall() {
        Map<String, String> parameters = parameters();
        parameters.remove("state");

        assertThat(callback(parameters).isWidgetInstall()).isFalse();
        assertThat(this.validator.decide(callback(parameters), StateCheck.NOT_REQUIRED))
                .isEqualTo(new Refused(RefusalReason.STATE_MISSING));
    }

    @Test
    void shouldTreatAWidgetCallWithAStateAsAnOrdinaryCallback() {
        Map<String, String> parameters = parameters();
        parameters.put("from_widget", "1");

        assertThat(callback(parameters).isWidgetInstall()).isFalse();
    }

    @Test
    void shouldCheckRefererAndClientIdOfTheWidgetInstallCall() {
        Map<String, String> foreignClient = parameters();
        foreignClient.remove("state");
        foreignClient.put("from_widget", "1");
        foreignClient.put("client_id", "another-integration");
        Map<String, String> foreignHost = parameters();
        foreignHost.remove("state");
        foreignHost.put("from_widget", "1");
        foreignHost.put("referer", "evil.com/.amocrm.ru");

        assertThat(this.validator.decide(callback(foreignClient), StateCheck.NOT_REQUIRED))
                .isEqualTo(new Refused(RefusalReason.CLIENT_ID_FOREIGN));
        assertThat(this.validator.decide(callback(foreignHost), StateCheck.NOT_REQUIRED))
                .isEqualTo(new Refused(RefusalReason.REFERER_NOT_ACCOUNT_HOST));
    }

    @Test
    void shouldReportDeclinedAccess() {
        Map<String, String> parameters = Map.of("error", "access_denied", "client_id", CLIENT_ID, "state", "s");

        assertThat(this.validator.decide(callback(parameters), StateCheck.VALID))
                .isEqualTo(new Declined());
        assertThat(this.validator.decide(callback(parameters), StateCheck.UNKNOWN))
                .isEqualTo(new Declined());
    }

    @Test
    void shouldRefuseAnyOtherError() {
        Map<String, String> parameters = parameters();
        parameters.put("error", "server_error");

        assertThat(this.validator.decide(callback(parameters), StateCheck.VALID))
                .isEqualTo(new Refused(RefusalReason.AUTHORIZATION_ERROR));
    }

    @Test
    void shouldRefuseAForeignClientId() {
        Map<String, String> parameters = parameters();
        parameters.put("client_id", CLIENT_ID + "x");

        assertThat(this.validator.decide(callback(parameters), StateCheck.VALID))
                .isEqualTo(new Refused(RefusalReason.CLIENT_ID_FOREIGN));
    }

    @Test
    void shouldRefuseAMissingClientId() {
        Map<String, String> parameters = parameters();
        parameters.remove("client_id");

        assertThat(this.validator.decide(callback(parameters), StateCheck.VALID))
                .isEqualTo(new Refused(RefusalReason.CLIENT_ID_MISSING));
    }

    @Test
    void shouldRefuseAMissingReferer() {
        Map<String, String> parameters = parameters();
        parameters.remove("referer");

        assertThat(this.validator.decide(callback(parameters), StateCheck.VALID))
                .isEqualTo(new Refused(RefusalReason.REFERER_MISSING));
    }

    @Test
    void shouldRefuseARefererThatIsNotAnAccountHost() {
        Map<String, String> parameters = parameters();
        parameters.put("referer", "amocrm.ru.evil.com");

        assertThat(this.validator.decide(callback(parameters), StateCheck.VALID))
                .isEqualTo(new Refused(RefusalReason.REFERER_NOT_ACCOUNT_HOST));
    }

    @Test
    void shouldRefuseAMissingCode() {
        Map<String, String> parameters = parameters();
        parameters.remove("code");

        assertThat(this.validator.decide(callback(parameters), StateCheck.VALID))
                .isEqualTo(new Refused(RefusalReason.CODE_MISSING));
    }

    @Test
    void shouldRefuseRepeatedParameters() {
        Map<String, String[]> parameters = new LinkedHashMap<>();
        parameters().forEach((name, value) -> parameters.put(name, new String[] {value}));
        parameters.put("referer", new String[] {"acme.amocrm.ru", "evil.com"});

        CallbackDecision decision = this.validator.decide(AuthorizationCallback.of(parameters), StateCheck.VALID);

        assertThat(decision).isEqualTo(new Refused(RefusalReason.PARAMETER_REPEATED));
    }

    private static Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("code", "the-code");
        parameters.put("state", "the-state");
        parameters.put("referer", "acme.amocrm.ru");
        parameters.put("client_id", CLIENT_ID);
        return parameters;
    }

    private static AuthorizationCallback callback(Map<String, String> parameters) {
        Map<String, String[]> values = new LinkedHashMap<>();
        parameters.forEach((name, value) -> values.put(name, new String[] {value}));
        return AuthorizationCallback.of(values);
    }
}
