package io.github.amocrmspring.sample.oauth;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Decides whether the {@code referer} of an OAuth callback names an amoCRM or Kommo account host.
 *
 * <p>amoCRM sends the bare host of the account ({@code acme.amocrm.ru}). Only that form is accepted: one DNS label
 * followed by {@code amocrm.ru}, {@code amocrm.com} or {@code kommo.com}, with no scheme, user info, port, path or
 * trailing dot, so that the authorization code and the client secret can only ever travel to amoCRM. Extra hosts
 * (the fake amoCRM's accounts in demo mode) are accepted when they match exactly.
 */
public final class AccountHostPolicy {

    /** Domains under which amoCRM and Kommo serve their accounts. */
    public static final List<String> ACCOUNT_DOMAINS = List.of("amocrm.ru", "amocrm.com", "kommo.com");

    private static final Pattern HOST_CHARACTERS = Pattern.compile("[a-z0-9.-]{1,253}");

    private static final Pattern LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");

    private static final Set<String> RESERVED_LABELS = Set.of("www");

    private final Set<String> extraHosts;

    /**
     * Creates a policy that accepts account hosts of amoCRM and Kommo and, in addition, the given hosts.
     * @param extraHosts hosts accepted as they are, compared without regard to case
     */
    public AccountHostPolicy(Set<String> extraHosts) {
        this.extraHosts = extraHosts.stream()
                .map((host) -> host.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Returns the account host named by a callback's {@code referer}, lower-cased, or empty when it is not one.
     * @param referer the parameter as received, possibly {@code null}
     * @return the account host to exchange the code with
     */
    public Optional<String> accountHost(String referer) {
        if (referer == null) {
            return Optional.empty();
        }
        String host = referer.toLowerCase(Locale.ROOT);
        if (this.extraHosts.contains(host)) {
            return Optional.of(host);
        }
        if (!HOST_CHARACTERS.matcher(host).matches()) {
            return Optional.empty();
        }
        for (String domain : ACCOUNT_DOMAINS) {
            String suffix = "." + domain;
            if (host.endsWith(suffix)) {
                String label = host.substring(0, host.length() - suffix.length());
                return isAccountLabel(label) ? Optional.of(host) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static boolean isAccountLabel(String label) {
        return LABEL.matcher(label).matches() && !RESERVED_LABELS.contains(label);
    }
}
