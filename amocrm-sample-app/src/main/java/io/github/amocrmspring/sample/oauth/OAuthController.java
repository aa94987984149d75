package io.github.amocrmspring.sample.oauth;

import io.github.amocrmspring.client.AmoTemplate;
import io.github.amocrmspring.error.AmoException;
import io.github.amocrmspring.sample.oauth.CallbackDecision.Accepted;
import io.github.amocrmspring.sample.oauth.CallbackDecision.Declined;
import io.github.amocrmspring.sample.oauth.CallbackDecision.Refused;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Connects an account: sends the browser to amoCRM's authorization page, then takes the callback at the
 * integration's redirect URI and exchanges its code for tokens, which the starter stores.
 *
 * <p>A refused callback answers HTTP 400 and stores and sends nothing. A declined access ({@code error=access_denied})
 * is a choice of the user rather than a bad request, so it answers HTTP 200 with a friendly page.
 */
@Controller
public class OAuthController {

    private static final Logger logger = LoggerFactory.getLogger(OAuthController.class);

    private final AuthorizationStateStore states;

    private final AuthorizationCallbackValidator validator;

    private final AmoTemplate amoTemplate;

    private final UriComponents redirectUri;

    public OAuthController(
            AuthorizationStateStore states,
            AuthorizationCallbackValidator validator,
            AmoTemplate amoTemplate,
            @Value("${amocrm.oauth.redirect-uri}") String redirectUri) {
        this.states = states;
        this.validator = validator;
        this.amoTemplate = amoTemplate;
        this.redirectUri = UriComponentsBuilder.fromUriString(redirectUri).build();
    }

    /**
     * Sends the browser to the authorization page with a fresh state.
     *
     * <p>The state lives in the HTTP session, whose cookie belongs to one origin, so the connection starts on the
     * origin of the redirect URI (for example {@code localhost} rather than {@code 127.0.0.1}).
     */
    @GetMapping("/connect")
    public String connect(HttpServletRequest request) {
        UriComponents current =
                ServletUriComponentsBuilder.fromCurrentRequestUri().build();
        if (!sameOrigin(current, this.redirectUri) && request.getParameter("moved") == null) {
            URI here = UriComponentsBuilder.newInstance()
                    .scheme(this.redirectUri.getScheme())
                    .host(this.redirectUri.getHost())
                    .port(this.redirectUri.getPort())
                    .path(request.getContextPath() + "/connect")
                    .queryParam("moved", "1")
                    .build()
                    .toUri();
            return "redirect:" + here;
        }
        URI authorizationPage = UriComponentsBuilder.fromUri(
                        this.amoTemplate.authorizationUri(this.states.issue(request)))
                .queryParam("mode", "post_message")
                .build(true)
                .toUri();
        return "redirect:" + authorizationPage;
    }

    /** Takes the callback amoCRM sends to the redirect URI. */
    @GetMapping("/oauth/callback")
    public String callback(HttpServletRequest request, HttpServletResponse response, Model model) {
        AuthorizationCallback callback = AuthorizationCallback.of(request.getParameterMap());
        StateCheck stateCheck =
                callback.isWidgetInstall() ? StateCheck.NOT_REQUIRED : this.states.consume(request, callback.state());
        CallbackDecision decision = this.validator.decide(callback, stateCheck);
        logger.debug("OAuth callback decided: {}", decision);

        if (decision instanceof Declined) {
            return "callback-declined";
        }
        if (decision instanceof Refused refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("reason", refused.reason());
            return "callback-refused";
        }
        Accepted accepted = (Accepted) decision;
        try {
            this.amoTemplate.authorize(accepted.accountHost(), accepted.code());
        } catch (AmoException ex) {
            logger.warn(
                    "Account {} did not accept the authorization code: {}", accepted.accountHost(), ex.getMessage());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("accountHost", accepted.accountHost());
            model.addAttribute("detail", ex.getMessage());
            return "callback-failed";
        }
        if (accepted.widgetInstall()) {
            model.addAttribute("accountHost", accepted.accountHost());
            return "widget-installed";
        }
        return "redirect:/accounts/" + accepted.accountHost();
    }

    private static boolean sameOrigin(UriComponents a, UriComponents b) {
        return a.getScheme() != null
                && a.getScheme().equalsIgnoreCase(b.getScheme())
                && a.getHost() != null
                && a.getHost().equalsIgnoreCase(b.getHost())
                && effectivePort(a) == effectivePort(b);
    }

    private static int effectivePort(UriComponents uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
