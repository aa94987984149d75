package io.github.amocrmspring.client;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The accounts the application works with: those configured by name, and any other found by subdomain or host,
 * such as accounts that arrive through OAuth callbacks. Each account host gets one {@link AmoAccountClient}, created
 * on first use; accounts share nothing but the transport.
 */
public class AmoAccounts {

    private final AmoHostResolver hostResolver;

    private final Map<String, String> hostsByName;

    private final Function<String, AmoAccountClient> clientFactory;

    private final Map<String, AmoAccountClient> clients = new ConcurrentHashMap<>();

    /**
     * Create the accounts.
     * @param hostResolver the resolver of subdomains and hosts
     * @param hostsByName the hosts of the configured accounts, by account name
     * @param clientFactory creates the client of an account host
     */
    public AmoAccounts(
            AmoHostResolver hostResolver,
            Map<String, String> hostsByName,
            Function<String, AmoAccountClient> clientFactory) {
        this.hostResolver = hostResolver;
        this.hostsByName = Map.copyOf(hostsByName);
        this.clientFactory = clientFactory;
    }

    /**
     * Return the host of an account given by configured name, subdomain or host.
     * @throws IllegalArgumentException if the value is neither a configured name nor a valid host
     */
    public String resolveHost(String nameOrHost) {
        return Optional.ofNullable(this.hostsByName.get(nameOrHost))
                .orElseGet(() -> this.hostResolver.resolveHost(nameOrHost));
    }

    /** Return the client of an account given by configured name, subdomain or host. */
    public AmoAccountClient client(String nameOrHost) {
        return this.clients.computeIfAbsent(resolveHost(nameOrHost), this.clientFactory);
    }

    /** Drop the client of an account host, so the next use builds it again from the stored credentials. */
    public void forget(String accountHost) {
        this.clients.remove(accountHost);
    }

    /** Return the hosts of the configured accounts, by account name. */
    public Map<String, String> getHostsByName() {
        return this.hostsByName;
    }

    /** Return the host resolver. */
    public AmoHostResolver getHostResolver() {
        return this.hostResolver;
    }
}
