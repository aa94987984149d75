package io.github.amocrmspring.client;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns what users call an account (a subdomain such as {@code acme}, or a host such as {@code acme.kommo.com}, or
 * the {@code referer} of an OAuth callback) into its host, and a host into the base URL requests are sent to.
 *
 * <p>The base URL comes from a template with a {@code {host}} placeholder: {@code https://{host}} for amoCRM itself,
 * or, for tests, a fake server's URL such as {@code http://127.0.0.1:41234/{host}}.
 */
public class AmoHostResolver {

    /** The placeholder of the base URL template that stands for the account host. */
    public static final String HOST_PLACEHOLDER = "{host}";

    private static final Pattern HOST =
            Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*");

    private final String domain;

    private final String baseUrlTemplate;

    /**
     * Create a resolver.
     * @param domain the domain of accounts given by subdomain only, for example {@code amocrm.ru} or
     * {@code kommo.com}
     * @param baseUrlTemplate the base URL of an account, with a {@code {host}} placeholder
     */
    public AmoHostResolver(String domain, String baseUrlTemplate) {
        if (!baseUrlTemplate.contains(HOST_PLACEHOLDER)) {
            throw new IllegalArgumentException(
                    "Base URL template '" + baseUrlTemplate + "' has no " + HOST_PLACEHOLDER + " placeholder");
        }
        this.domain = normalizeHost(domain);
        this.baseUrlTemplate = baseUrlTemplate.endsWith("/")
                ? baseUrlTemplate.substring(0, baseUrlTemplate.length() - 1)
                : baseUrlTemplate;
    }

    /**
     * Return the host of an account: a subdomain gets the configured domain appended, a host is kept as it is.
     * A scheme, port, path or trailing dot around the host is dropped, and the host is lower-cased.
     * @param subdomainOrHost a subdomain ({@code acme}), a host ({@code acme.amocrm.ru}) or a URL
     * @return the account host, for example {@code acme.amocrm.ru}
     * @throws IllegalArgumentException if the value is not a valid host name
     */
    public String resolveHost(String subdomainOrHost) {
        String host = normalizeHost(subdomainOrHost);
        return host.contains(".") ? host : host + "." + this.domain;
    }

    /** Return the base URL of an account host, without a trailing slash. */
    public String baseUrl(String accountHost) {
        return this.baseUrlTemplate.replace(HOST_PLACEHOLDER, accountHost);
    }

    /** Return the URI of a path (which may carry a query) on an account host. */
    public URI uri(String accountHost, String pathAndQuery) {
        String path = pathAndQuery.startsWith("/") ? pathAndQuery : "/" + pathAndQuery;
        return URI.create(baseUrl(accountHost) + path);
    }

    /** Return the host of the shared OAuth pages, {@code www.<domain>}. */
    public String oauthHost() {
        return "www." + this.domain;
    }

    /** Return the domain of accounts given by subdomain only. */
    public String getDomain() {
        return this.domain;
    }

    private static String normalizeHost(String value) {
        String host = value.strip().toLowerCase(Locale.ROOT);
        int scheme = host.indexOf("://");
        if (scheme >= 0) {
            host = host.substring(scheme + 3);
        }
        int end = indexOfAny(host, '/', '?', '#');
        if (end >= 0) {
            host = host.substring(0, end);
        }
        int port = host.indexOf(':');
        if (port >= 0) {
            host = host.substring(0, port);
        }
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        if (host.isEmpty() || host.length() > 253 || !HOST.matcher(host).matches()) {
            throw new IllegalArgumentException("'" + value + "' is not an amoCRM account subdomain or host");
        }
        return host;
    }

    private static int indexOfAny(String text, char... characters) {
        int index = -1;
        for (char character : characters) {
            int found = text.indexOf(character);
            if (found >= 0 && (index < 0 || found < index)) {
                index = found;
            }
        }
        return index;
    }
}
