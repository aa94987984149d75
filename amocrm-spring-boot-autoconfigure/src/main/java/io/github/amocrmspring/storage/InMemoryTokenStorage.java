package io.github.amocrmspring.storage;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A {@link TokenStorage} that keeps tokens in this application's memory: they are lost on restart and are not shared
 * with other instances. Used when the application has no {@code DataSource}.
 */
public class InMemoryTokenStorage implements TokenStorage {

    private final Map<String, StoredTokens> tokens = new ConcurrentHashMap<>();

    private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();

    @Override
    public Optional<StoredTokens> load(String accountHost) {
        return Optional.ofNullable(this.tokens.get(accountHost));
    }

    @Override
    public void save(StoredTokens tokens) {
        this.tokens.put(tokens.accountHost(), tokens);
    }

    @Override
    public boolean hasTokens(String accountHost) {
        StoredTokens stored = this.tokens.get(accountHost);
        return stored != null && stored.accessToken() != null;
    }

    @Override
    public List<String> accountHosts() {
        return this.tokens.keySet().stream().sorted().toList();
    }

    @Override
    public void delete(String accountHost) {
        this.tokens.remove(accountHost);
    }

    @Override
    public StoredTokens update(String accountHost, TokenUpdate update) {
        ReentrantLock lock = this.locks.computeIfAbsent(accountHost, host -> new ReentrantLock());
        lock.lock();
        try {
            StoredTokens current = this.tokens.get(accountHost);
            StoredTokens updated = Objects.requireNonNull(update.apply(current), "Token update returned null");
            if (updated != current) {
                this.tokens.put(accountHost, updated);
            }
            return updated;
        } finally {
            lock.unlock();
        }
    }
}
