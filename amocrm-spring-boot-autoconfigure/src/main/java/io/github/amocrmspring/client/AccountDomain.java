package io.github.amocrmspring.client;

/**
 * Where an account lives, as {@code /oauth2/account/subdomain} reports it.
 *
 * @param id the account id
 * @param subdomain the account subdomain, for example {@code acme}
 * @param domain the account host, for example {@code acme.amocrm.ru}
 * @param topLevelDomain the top-level domain, for example {@code ru}
 */
public record AccountDomain(long id, String subdomain, String domain, String topLevelDomain) {}
