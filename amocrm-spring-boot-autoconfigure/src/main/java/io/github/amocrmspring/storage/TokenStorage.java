package io.github.amocrmspring.storage;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Keeps the tokens of each account, keyed by account host, and serializes their refresh.
 *
 * <p>amoCRM refresh tokens are single-use: when two threads or two application instances refresh one account at
 * once, one of them loses its authorization. {@link #update(String, TokenUpdate)} therefore runs under an exclusive
 * lock per account, shared by every instance that uses the same store, and hands the update the tokens as stored
 * at that moment, so it can take the tokens another instance has just stored instead of refreshing again. Locks of
 * different accounts never block each other.
 */
public interface TokenStorage {

    /** Return the stored tokens of an account, if there are any. */
    Optional<StoredTokens> load(String accountHost);

    /** Store the tokens of an account ({@link StoredTokens#accountHost()}), replacing any stored before. */
    void save(StoredTokens tokens);

    /** Return whether an access token is stored for an account. */
    boolean hasTokens(String accountHost);

    /** Return the hosts of every account with stored tokens (usable or not). */
    List<String> accountHosts();

    /** Remove the tokens of an account. */
    void delete(String accountHost);

    /**
     * Run an update of an account's tokens under the account's exclusive lock.
     *
     * <ol>
     * <li>Take the lock (JDBC: a row lock on the account's row, held by a transaction).
     * <li>Read the stored tokens again, now that no one else can change them.
     * <li>Pass them to the update, which returns the tokens to store, or the same instance to keep them.
     * <li>Store the result and release the lock.
     * </ol>
     * If the update throws, nothing is stored and the exception is rethrown.
     * @param accountHost the account host
     * @param update the update to run while the lock is held
     * @return the tokens stored when the lock was released
     */
    StoredTokens update(String accountHost, TokenUpdate update);

    /** A change of an account's tokens made under the account's lock. */
    @FunctionalInterface
    interface TokenUpdate {

        /**
         * Return the tokens to store, given those stored now.
         * @param current the tokens stored now, or {@code null} if there are none
         * @return the tokens to store (returning {@code current} keeps them)
         */
        StoredTokens apply(@Nullable StoredTokens current);
    }
}
