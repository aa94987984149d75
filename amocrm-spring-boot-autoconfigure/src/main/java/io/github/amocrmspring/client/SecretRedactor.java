package io.github.amocrmspring.client;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes secrets from text that goes to logs and exception messages: values of secret JSON properties and form or
 * query parameters (tokens, client secret, authorization code, API key, password), and any known secret value.
 */
public final class SecretRedactor {

    /** What a removed secret is replaced with. */
    public static final String MASK = "[hidden]";

    private static final Set<String> SECRET_NAMES = Set.of(
            "access_token",
            "refresh_token",
            "client_secret",
            "code",
            "user_hash",
            "api_key",
            "password",
            "user_password",
            "token",
            "session_id",
            "x-refresh-token");

    private static final Pattern JSON_STRING_PROPERTY =
            Pattern.compile("\"([A-Za-z_\\-]+)\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    private static final Pattern FORM_PARAMETER = Pattern.compile("(^|[?&;\\s])([A-Za-z_\\-%0-9\\[\\]]+)=([^&;\\s]*)");

    private SecretRedactor() {}

    /** Return whether a property, parameter or header name names a secret. */
    public static boolean isSecretName(String name) {
        String normalized = name.toLowerCase(Locale.ROOT);
        int bracket = normalized.lastIndexOf('[');
        if (bracket >= 0 && normalized.endsWith("]")) {
            normalized = normalized.substring(bracket + 1, normalized.length() - 1);
        }
        return SECRET_NAMES.contains(normalized)
                || normalized.equals("authorization")
                || normalized.equals("cookie")
                || normalized.equals("set-cookie");
    }

    /**
     * Redact a body or URL: values of secret JSON string properties and of secret form or query parameters, then
     * every occurrence of the given secret values.
     */
    public static String redact(String text, Collection<String> secrets) {
        String redacted = redactJsonProperties(text);
        redacted = redactFormParameters(redacted);
        return removeValues(redacted, secrets);
    }

    /** Replace every occurrence of the given secret values (and their URL-encoded forms) with the mask. */
    public static String removeValues(String text, Collection<String> secrets) {
        String result = text;
        for (String secret : secrets) {
            if (secret != null && secret.length() >= 4) {
                result = result.replace(secret, MASK);
                String encoded = NestedParameterEncoder.encodeComponent(secret);
                if (!encoded.equals(secret)) {
                    result = result.replace(encoded, MASK);
                }
            }
        }
        return result;
    }

    private static String redactJsonProperties(String text) {
        Matcher matcher = JSON_STRING_PROPERTY.matcher(text);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String replacement =
                    isSecretName(matcher.group(1)) ? "\"" + matcher.group(1) + "\":\"" + MASK + "\"" : matcher.group();
            matcher.appendReplacement(result, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(result);
        return result.toString();
    }

    private static String redactFormParameters(String text) {
        Matcher matcher = FORM_PARAMETER.matcher(text);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String name = java.net.URLDecoder.decode(matcher.group(2), java.nio.charset.StandardCharsets.UTF_8);
            String replacement =
                    isSecretName(name) ? matcher.group(1) + matcher.group(2) + "=" + MASK : matcher.group();
            matcher.appendReplacement(result, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(result);
        return result.toString();
    }
}
