package io.github.amocrmspring.client;

import io.github.amocrmspring.entity.EntityContext;
import java.net.URI;
import org.jspecify.annotations.Nullable;

/**
 * The entry point to the amoCRM API: the {@link AmoOperations} of the default account, and of any other through
 * {@link #forAccount(String)}.
 *
 * <pre class="code">
 * Account account = amoTemplate.account(AccountPart.USERS);
 * AmoResponse leads = amoTemplate.forAccount("other").get("/api/v2/leads", Map.of("limit_rows", 10));
 * </pre>
 *
 * Accounts are found by configured name ({@code amocrm.accounts.<name>}), subdomain or host. An account with no
 * configured credentials authorizes through OAuth 2.0 with the tokens in the token storage, which
 * {@link #authorize(String, String)} puts there on its first authorization.
 */
public class AmoTemplate implements AmoOperations {

    private final AmoAccounts accounts;

    private final @Nullable String defaultAccount;

    private final @Nullable OAuthAuthorization oauthAuthorization;

    private final EntityContext entityContext;

    /**
     * Create a template.
     * @param accounts the accounts
     * @param defaultAccount the name, subdomain or host of the default account, or {@code null} for none
     * @param oauthAuthorization the OAuth first authorization, or {@code null} when no OAuth integration is set up
     */
    public AmoTemplate(
            AmoAccounts accounts, @Nullable String defaultAccount, @Nullable OAuthAuthorization oauthAuthorization) {
        this(accounts, defaultAccount, oauthAuthorization, EntityContext.fallback());
    }

    /**
     * Create a template.
     * @param accounts the accounts
     * @param defaultAccount the name, subdomain or host of the default account, or {@code null} for none
     * @param oauthAuthorization the OAuth first authorization, or {@code null} when no OAuth integration is set up
     * @param entityContext what the entity operations share: the entity guard and the page prefetching
     */
    public AmoTemplate(
            AmoAccounts accounts,
            @Nullable String defaultAccount,
            @Nullable OAuthAuthorization oauthAuthorization,
            EntityContext entityContext) {
        this.accounts = accounts;
        this.defaultAccount = (defaultAccount != null && !defaultAccount.isBlank()) ? defaultAccount : null;
        this.oauthAuthorization = oauthAuthorization;
        this.entityContext = entityContext;
    }

    /**
     * Return the operations of an account.
     * @param nameOrHost a configured account name, a subdomain ({@code acme}) or a host ({@code acme.kommo.com})
     * @return the account's operations
     */
    public AmoOperations forAccount(String nameOrHost) {
        return new AccountOperations(this.accounts.client(nameOrHost), this.entityContext);
    }

    /**
     * Authorize an account for the first time: exchange the code of an OAuth callback for tokens and store them.
     * @param accountHostOrReferer the account host, as the callback's {@code referer} gives it
     * @param code the authorization code of the callback
     * @return the operations of the authorized account
     * @throws io.github.amocrmspring.error.AmoAuthorizationException if amoCRM refuses the code
     * @throws IllegalStateException if no OAuth integration is configured
     */
    public AmoOperations authorize(String accountHostOrReferer, String code) {
        OAuthAuthorization authorization = requireOAuth();
        String accountHost = this.accounts.getHostResolver().resolveHost(accountHostOrReferer);
        authorization.authorize(accountHost, code);
        this.accounts.forget(accountHost);
        return forAccount(accountHost);
    }

    /**
     * Return the URI of the OAuth authorization page for this integration.
     * @param state an unguessable value the callback must bring back
     * @return the page's URI
     * @throws IllegalStateException if no OAuth integration is configured
     */
    public URI authorizationUri(String state) {
        return requireOAuth().authorizationUri(state);
    }

    /** Return the accounts this template works with. */
    public AmoAccounts getAccounts() {
        return this.accounts;
    }

    /** Return whether a default account is configured. */
    public boolean hasDefaultAccount() {
        return this.defaultAccount != null;
    }

    @Override
    public String accountHost() {
        return client().getAccountHost();
    }

    @Override
    public EntityContext entityContext() {
        return this.entityContext;
    }

    @Override
    public AmoAccountClient client() {
        if (this.defaultAccount == null) {
            throw new IllegalStateException("No default amoCRM account is configured: set amocrm.default-account,"
                    + " or use forAccount(..) to choose an account");
        }
        return this.accounts.client(this.defaultAccount);
    }

    private OAuthAuthorization requireOAuth() {
        if (this.oauthAuthorization == null) {
            throw new IllegalStateException("No OAuth integration is configured: set amocrm.oauth.client-id,"
                    + " amocrm.oauth.client-secret and amocrm.oauth.redirect-uri");
        }
        return this.oauthAuthorization;
    }
}
