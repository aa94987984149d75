package io.github.amocrmspring.error;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Raised when amoCRM answers 403 with a block page: the account (or the client's IP address) has been blocked,
 * typically after repeated violations of the request rate limit. Sending more requests may extend the block.
 */
public class AmoAccountBlockedException extends AmoApiException {

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
    }
}
