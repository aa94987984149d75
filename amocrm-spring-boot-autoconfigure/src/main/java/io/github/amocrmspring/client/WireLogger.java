package io.github.amocrmspring.client;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;

/**
 * Logs every request and answer at DEBUG under the logger {@value #LOGGER_NAME}: method, URL, headers, status, time
 * and body, with secrets removed. Bodies of token and login requests and of their answers are never logged.
 */
public final class WireLogger {

    /** The name of the wire logger. */
    public static final String LOGGER_NAME = "io.github.amocrmspring.wire";

    private static final Logger logger = LoggerFactory.getLogger(LOGGER_NAME);

    private static final int MAX_BODY_LENGTH = 10_000;

    private WireLogger() {}

    /** Return whether the wire logger is on. */
    public static boolean isEnabled() {
        return logger.isDebugEnabled();
    }

    static void request(
            String accountHost,
            AmoRequest request,
            URI uri,
            HttpHeaders headers,
            byte @Nullable [] body,
            Collection<String> secrets) {
        if (!logger.isDebugEnabled()) {
            return;
        }
        logger.debug(
                "[{}] --> {} {}{}{}",
                accountHost,
                request.method(),
                SecretRedactor.redact(uri.toString(), secrets),
                formatHeaders(headers),
                formatBody(request, body, secrets));
    }

    static void response(
            String accountHost,
            AmoRequest request,
            URI uri,
            int status,
            long millis,
            HttpHeaders headers,
            byte[] body,
            Collection<String> secrets) {
        if (!logger.isDebugEnabled()) {
            return;
        }
        logger.debug(
                "[{}] <-- {} {} {} ({} ms){}{}",
                accountHost,
                status,
                request.method(),
                SecretRedactor.redact(uri.toString(), secrets),
                millis,
                formatHeaders(headers),
                formatBody(request, body, secrets));
    }

    static void failure(
            String accountHost, AmoRequest request, URI uri, long millis, Exception failure, List<String> secrets) {
        if (!logger.isDebugEnabled()) {
            return;
        }
        logger.debug(
                "[{}] <-- no answer to {} {} ({} ms): {}",
                accountHost,
                request.method(),
                SecretRedactor.redact(uri.toString(), secrets),
                millis,
                SecretRedactor.removeValues(String.valueOf(failure.getMessage()), secrets));
    }

    private static String formatHeaders(HttpHeaders headers) {
        if (headers.isEmpty()) {
            return "";
        }
        return headers.headerSet().stream()
                .map(WireLogger::formatHeader)
                .collect(Collectors.joining("\n    ", "\n    ", ""));
    }

    private static String formatHeader(Map.Entry<String, List<String>> header) {
        String value = SecretRedactor.isSecretName(header.getKey())
                ? SecretRedactor.MASK
                : String.join(", ", header.getValue());
        return header.getKey() + ": " + value;
    }

    private static String formatBody(AmoRequest request, byte @Nullable [] body, Collection<String> secrets) {
        if (body == null || body.length == 0) {
            return "";
        }
        if (request.isSensitive()) {
            return "\n" + SecretRedactor.MASK + " (" + body.length + " bytes)";
        }
        String text = SecretRedactor.redact(new String(body, StandardCharsets.UTF_8), secrets);
        if (text.length() > MAX_BODY_LENGTH) {
            text = text.substring(0, MAX_BODY_LENGTH) + "... (" + body.length + " bytes)";
        }
        return "\n" + text;
    }
}
