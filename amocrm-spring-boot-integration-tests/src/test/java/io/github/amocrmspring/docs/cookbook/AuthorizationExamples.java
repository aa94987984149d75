package io.github.amocrmspring.docs.cookbook;

import io.github.amocrmspring.client.AccountPart;
import io.github.amocrmspring.client.AmoOperations;
import io.github.amocrmspring.client.AmoTemplate;
import io.github.amocrmspring.model.Account;
import io.github.amocrmspring.storage.TokenStorage;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The authorization examples of the cookbook and of the getting-started guide. */
final class AuthorizationExamples {

    private AuthorizationExamples() {}

    static Account firstAuthorization(AmoTemplate amo, String referer, String code) {
        // tag::oauth-first-authorization[]
        // referer and code come from the OAuth callback; the tokens go to the token storage
        AmoOperations account = amo.authorize(referer, code);
        Account info = account.account(AccountPart.USERS, AccountPart.GROUPS);
        // end::oauth-first-authorization[]
        return info;
    }

    static Account laterRequests(AmoTemplate amo, String subdomain) {
        // tag::oauth-later-requests[]
        // Later: nothing to call first; tokens are loaded, and refreshed when needed, per account
        Account info = amo.forAccount(subdomain).account();
        // end::oauth-later-requests[]
        return info;
    }

    static boolean isAuthorized(AmoTemplate amo, TokenStorage tokenStorage, String subdomain) {
        // tag::oauth-has-tokens[]
        String accountHost = amo.getAccounts().resolveHost(subdomain); // "testsubdomain" -> "testsubdomain.amocrm.ru"
        boolean authorized = tokenStorage.hasTokens(accountHost);
        // end::oauth-has-tokens[]
        return authorized;
    }

    // tag::oauth-controller[]
    @RestController
    static class AmoConnectController {

        private static final Pattern ACCOUNT_HOST =
                Pattern.compile("[a-z0-9-]+\\.(amocrm\\.ru|amocrm\\.com|kommo\\.com)");

        private final AmoTemplate amo;

        private final String clientId;

        // Kept in memory for brevity: keep them in the user's session, with an expiry, in a real application
        private final Set<String> issuedStates = ConcurrentHashMap.newKeySet();

        AmoConnectController(AmoTemplate amo, @Value("${amocrm.oauth.client-id}") String clientId) {
            this.amo = amo;
            this.clientId = clientId;
        }

        @GetMapping("/amocrm/connect")
        ResponseEntity<Void> connect() {
            String state = UUID.randomUUID().toString();
            this.issuedStates.add(state);
            return ResponseEntity.status(HttpStatus.FOUND)
                    .location(this.amo.authorizationUri(state))
                    .build();
        }

        @GetMapping("/amocrm/oauth/callback")
        ResponseEntity<String> callback(
                @RequestParam String code,
                @RequestParam String state,
                @RequestParam String referer,
                @RequestParam("client_id") String clientId) {
            if (!this.issuedStates.remove(state)) {
                return ResponseEntity.badRequest().body("Unknown or already used state");
            }
            if (!this.clientId.equals(clientId)
                    || !ACCOUNT_HOST.matcher(referer).matches()) {
                return ResponseEntity.badRequest().body("Not a callback for this integration");
            }
            AmoOperations account = this.amo.authorize(referer, code);
            return ResponseEntity.ok("Connected " + account.account().getName());
        }
    }
    // end::oauth-controller[]
}
