package io.github.amocrmspring.error;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Raised when amoCRM answers a request with a status that does not count as success, or with errors inside a
 * successful answer.
 *
 * <p>Carries the HTTP status, the amoCRM error codes found in the answer (for example {@code 213} or {@code 110}),
 * and the short error text amoCRM gave, if any.
 */
public class AmoApiException extends AmoException {

    private final int status;

    private final List<Integer> errorCodes;

    private final @Nullable String serverMessage;

    public AmoApiException(
            String message,
            String accountHost,
            String path,
            int status,
            List<Integer> errorCodes,
            @Nullable String serverMessage) {
        super(message, accountHost, path);
        this.status = status;
        this.errorCodes = List.copyOf(errorCodes);
        this.serverMessage = serverMessage;
    }

    /** Create an exception for an error status, with a message that names the account, request and status. */
    public static AmoApiException of(
            String accountHost,
            String method,
            String path,
            int status,
            List<Integer> errorCodes,
            @Nullable String serverMessage) {
        return new AmoApiException(
                message(accountHost, method, path, status, errorCodes, serverMessage),
                accountHost,
                path,
                status,
                errorCodes,
                serverMessage);
    }

    @Override
    public int getStatus() {
        return this.status;
    }

    /** Return the amoCRM error codes found in the answer, in the order given; empty when there were none. */
    public List<Integer> getErrorCodes() {
        return this.errorCodes;
    }

    /** Return the error text amoCRM gave (its {@code detail}, {@code hint} or {@code error}), if any. */
    public @Nullable String getServerMessage() {
        return this.serverMessage;
    }

    static String message(
            String accountHost,
            String method,
            String path,
            int status,
            List<Integer> errorCodes,
            @Nullable String serverMessage) {
        StringBuilder message = new StringBuilder("amoCRM answered ")
                .append(status)
                .append(" to ")
                .append(describe(accountHost, method, path));
        for (Integer code : errorCodes) {
            message.append(message.indexOf(": error ") < 0 ? ": error " : ", ")
                    .append(code)
                    .append(' ')
                    .append(AmoErrorCodes.describe(code));
        }
        if (serverMessage != null && !serverMessage.isBlank()) {
            message.append(" (").append(serverMessage).append(')');
        }
        return message.toString();
    }
}
