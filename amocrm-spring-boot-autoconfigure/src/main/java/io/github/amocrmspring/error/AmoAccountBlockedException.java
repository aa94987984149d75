package io.github.amocrmspring.error;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Raised when amoCRM answers 403 with a block page: the account (or the client's IP address) has been blocked,
 * typically after repeated violations of the request rate limit. Sending more requests may extend the block.
 *
 * <p>Also raised without any request being sent while the client holds back requests to an account it has seen
 * blocked; {@link #getPausedUntil()} then says until when.
 */
public class AmoAccountBlockedException extends AmoApiException {

    private final @Nullable Instant pausedUntil;

    public AmoAccountBlockedException(
            String accountHost, String method, String path, List<Integer> errorCodes, @Nullable String serverMessage) {
        super(
                message(accountHost, method, path, 403, errorCodes, serverMessage)
                        + "; the account is blocked, stop sending requests until the block is lifted",
                accountHost,
                path,
                403,
                errorCodes,
                serverMessage);
        this.pausedUntil = null;
    }

    private AmoAccountBlockedException(String message, String accountHost, String path, Instant pausedUntil) {
        super(message, accountHost, path, 403, List.of(), null);
        this.pausedUntil = pausedUntil;
    }

    /**
     * Create the exception for a request that was not sent because the account is blocked.
     * @param accountHost the host of the account
     * @param method the method of the request
     * @param path the path of the request, without its query
     * @param pausedUntil the time until which no request is sent to the account
     * @return the exception
     */
    public static AmoAccountBlockedException paused(
            String accountHost, String method, String path, Instant pausedUntil) {
        return new AmoAccountBlockedException(
                "Request not sent to " + describe(accountHost, method, path) + ": amoCRM blocked the account, and"
                        + " no request is sent to it until " + pausedUntil + " so that the block is not extended",
                accountHost,
                path,
                pausedUntil);
    }

    /** Return the time until which the client sends no request to the account, if it was holding one back. */
    public @Nullable Instant getPausedUntil() {
        return this.pausedUntil;
    }
}
