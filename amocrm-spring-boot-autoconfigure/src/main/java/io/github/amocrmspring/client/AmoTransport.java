package io.github.amocrmspring.client;

import io.github.amocrmspring.error.AmoAccountBlockedException;
import io.github.amocrmspring.error.AmoApiException;
import io.github.amocrmspring.error.AmoAuthorizationException;
import io.github.amocrmspring.error.AmoBatchException;
import io.github.amocrmspring.error.AmoErrorCodes;
import io.github.amocrmspring.error.AmoException;
import io.github.amocrmspring.error.AmoItemError;
import io.github.amocrmspring.error.AmoMalformedResponseException;
import io.github.amocrmspring.error.AmoRateLimitException;
import io.github.amocrmspring.error.AmoTransportException;
import io.github.amocrmspring.metrics.AmoClientMetrics;
import io.github.amocrmspring.ratelimit.AmoRateLimiter;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * Sends requests to amoCRM and turns the answers into {@link AmoResponse}s or typed exceptions. Shared by all
 * accounts; holds no state of its own between requests.
 *
 * <p>Each request waits for the {@link AmoRateLimiter} of its account, is logged by the {@link WireLogger}, and is
 * sent through a {@link RestClient} built from Spring Boot's {@code RestClient.Builder}, so the application's HTTP
 * client settings, SSL bundle and {@code http.client.requests} observation apply.
 */
public class AmoTransport {

    private static final Set<Integer> DEFAULT_SUCCESS_STATUS_CODES = Set.of(200, 202, 204);

    private final RestClient restClient;

    private final JsonMapper jsonMapper;

    private final AmoHostResolver hostResolver;

    private final AmoRateLimiter rateLimiter;

    private final Set<Integer> successStatusCodes;

    private List<AmoExchangeInterceptor> exchangeInterceptors = List.of();

    private AmoClientMetrics metrics = AmoClientMetrics.NONE;

    /**
     * Create a transport.
     * @param restClient the client to send with
     * @param jsonMapper the mapper for request and response bodies
     * @param hostResolver the resolver of account base URLs
     * @param rateLimiter the limiter every request waits for
     * @param successStatusCodes the statuses that count as success
     */
    public AmoTransport(
            RestClient restClient,
            JsonMapper jsonMapper,
            AmoHostResolver hostResolver,
            AmoRateLimiter rateLimiter,
            Set<Integer> successStatusCodes) {
        this.restClient = restClient;
        this.jsonMapper = jsonMapper;
        this.hostResolver = hostResolver;
        this.rateLimiter = rateLimiter;
        this.successStatusCodes =
                successStatusCodes.isEmpty() ? DEFAULT_SUCCESS_STATUS_CODES : Set.copyOf(successStatusCodes);
    }

    /** Return the JSON mapper of request and response bodies. */
    public JsonMapper getJsonMapper() {
        return this.jsonMapper;
    }

    /** Return the host resolver. */
    public AmoHostResolver getHostResolver() {
        return this.hostResolver;
    }

    /**
     * Set the interceptors that wrap each exchange of an account, the first one outermost.
     * @param exchangeInterceptors the interceptors
     */
    public void setExchangeInterceptors(List<AmoExchangeInterceptor> exchangeInterceptors) {
        this.exchangeInterceptors = List.copyOf(exchangeInterceptors);
    }

    /** Return the interceptors that wrap each exchange of an account, the first one outermost. */
    public List<AmoExchangeInterceptor> getExchangeInterceptors() {
        return this.exchangeInterceptors;
    }

    /**
     * Set where requests and rate-limit waits are recorded.
     * @param metrics the metrics
     */
    public void setMetrics(AmoClientMetrics metrics) {
        this.metrics = metrics;
    }

    /** Return where requests and rate-limit waits are recorded. */
    public AmoClientMetrics getMetrics() {
        return this.metrics;
    }

    /**
     * Run an exchange of an account through the {@link AmoExchangeInterceptor interceptors}.
     * @param accountHost the account the request belongs to
     * @param request the request
     * @param exchange sends the request once and interprets the answer
     * @return the response
     */
    public AmoResponse intercept(String accountHost, AmoRequest request, Supplier<AmoResponse> exchange) {
        Supplier<AmoResponse> chain = exchange;
        for (int i = this.exchangeInterceptors.size() - 1; i >= 0; i--) {
            AmoExchangeInterceptor interceptor = this.exchangeInterceptors.get(i);
            Supplier<AmoResponse> next = chain;
            chain = () -> interceptor.intercept(accountHost, request, next);
        }
        return chain.get();
    }

    /**
     * Send a request for an account and return the raw answer, whatever its status.
     * @param accountHost the account the request belongs to (and is rate limited for)
     * @param request the request
     * @param credentials the credentials to send, or {@code null}
     * @return the answer
     * @throws AmoTransportException if no answer was received
     */
    public RawResponse send(String accountHost, AmoRequest request, @Nullable RequestCredentials credentials) {
        String targetHost = (request.host() != null) ? request.host() : accountHost;
        URI uri = this.hostResolver.uri(targetHost, request.pathAndQuery());
        byte[] body = encodeBody(request);
        HttpHeaders headers = headers(request, credentials);
        List<String> secrets = secrets(request, credentials);

        long waitStart = System.nanoTime();
        this.rateLimiter.acquire(accountHost);
        this.metrics.rateLimiterWaited(Duration.ofNanos(System.nanoTime() - waitStart));

        long start = System.nanoTime();
        try {
            WireLogger.request(accountHost, request, uri, headers, body, secrets);
            RestClient.RequestBodySpec spec =
                    this.restClient.method(request.method()).uri(uri).headers(target -> target.addAll(headers));
            if (body != null) {
                spec.body(body);
            }
            RawResponse response = spec.exchange(
                    (httpRequest, httpResponse) -> {
                        this.rateLimiter.release(accountHost);
                        return new RawResponse(
                                httpResponse.getStatusCode().value(),
                                copy(httpResponse.getHeaders()),
                                httpResponse.getBody().readAllBytes());
                    },
                    true);
            WireLogger.response(
                    accountHost,
                    request,
                    uri,
                    response.status(),
                    millisSince(start),
                    response.headers(),
                    response.body(),
                    secrets);
            this.metrics.requestCompleted(
                    request.method().name(),
                    request.pathWithoutQuery(),
                    response.status(),
                    Duration.ofNanos(System.nanoTime() - start));
            return response;
        } catch (ResourceAccessException ex) {
            WireLogger.failure(accountHost, request, uri, millisSince(start), ex, secrets);
            this.metrics.requestCompleted(
                    request.method().name(),
                    request.pathWithoutQuery(),
                    0,
                    Duration.ofNanos(System.nanoTime() - start));
            throw transportFailure(accountHost, request, ex, secrets);
        } finally {
            this.rateLimiter.release(accountHost);
        }
    }

    /**
     * Turn a raw answer into a response, or raise the exception that matches its status and body.
     * @param accountHost the account the request belongs to
     * @param request the request
     * @param response the raw answer
     * @return the response
     */
    public AmoResponse interpret(String accountHost, AmoRequest request, RawResponse response) {
        if (!this.successStatusCodes.contains(response.status())) {
            throw errorFor(accountHost, request, response);
        }
        if (response.status() == 204 || isBlank(response.body())) {
            return new AmoResponse(response.status(), response.headers(), MissingNode.getInstance());
        }
        JsonNode body = parse(accountHost, request, response);
        if (!request.itemErrorsAllowed()) {
            checkItemErrors(accountHost, request, response.status(), body);
        }
        return new AmoResponse(response.status(), response.headers(), body);
    }

    /**
     * Parse the JSON body of an answer.
     * @throws AmoMalformedResponseException if the body is not JSON
     */
    public JsonNode parse(String accountHost, AmoRequest request, RawResponse response) {
        try {
            JsonNode body = this.jsonMapper.readTree(response.body());
            if (body == null || body.isMissingNode()) {
                return MissingNode.getInstance();
            }
            return body;
        } catch (JacksonException ex) {
            throw new AmoMalformedResponseException(
                    "amoCRM answered " + response.status() + " to " + describe(accountHost, request)
                            + " with a body that is not JSON (" + contentType(response) + ", "
                            + response.body().length + " bytes)",
                    accountHost,
                    request.pathWithoutQuery(),
                    response.status(),
                    null);
        }
    }

    /**
     * Describe an error answer for a message: its status, the amoCRM error codes with their meaning, and the error
     * text amoCRM gave, for example {@code 401, error 110 wrong login or API key (Wrong login or password)}.
     */
    public String describeError(AmoRequest request, RawResponse response) {
        JsonNode body = parseQuietly(response);
        StringBuilder description = new StringBuilder().append(response.status());
        for (Integer code : errorCodes(body)) {
            description.append(", error ").append(code).append(' ').append(AmoErrorCodes.describe(code));
        }
        String serverMessage = serverMessage(body, request);
        if (serverMessage != null) {
            description.append(" (").append(serverMessage).append(')');
        }
        return description.toString();
    }

    /** Return the exception for an answer with an error status. */
    public AmoException errorFor(String accountHost, AmoRequest request, RawResponse response) {
        JsonNode body = parseQuietly(response);
        List<Integer> codes = errorCodes(body);
        String serverMessage = serverMessage(body, request);
        String method = request.method().name();
        String path = request.pathWithoutQuery();
        return switch (response.status()) {
            case 401 ->
                new AmoAuthorizationException(
                        "amoCRM refused the credentials of " + describe(accountHost, request) + " with 401"
                                + ((serverMessage != null) ? " (" + serverMessage + ")" : ""),
                        accountHost,
                        path,
                        401);
            case 429 ->
                new AmoRateLimitException(accountHost, method, path, codes, serverMessage, retryAfter(response, body));
            case 403 ->
                (body.isMissingNode() || codes.contains(403))
                        ? new AmoAccountBlockedException(accountHost, method, path, codes, serverMessage)
                        : AmoApiException.of(accountHost, method, path, 403, codes, serverMessage);
            default -> AmoApiException.of(accountHost, method, path, response.status(), codes, serverMessage);
        };
    }

    private void checkItemErrors(String accountHost, AmoRequest request, int status, JsonNode body) {
        JsonNode errors = body.path("_embedded").path("errors");
        if (errors.isMissingNode() || errors.isNull() || errors.isEmpty()) {
            return;
        }
        List<AmoItemError> itemErrors = itemErrors(errors);
        if (itemErrors.isEmpty()) {
            return;
        }
        throw new AmoBatchException(
                accountHost,
                request.method().name(),
                request.pathWithoutQuery(),
                status,
                itemErrors,
                AmoResponse.items(body));
    }

    /** Read the per-item errors of {@code _embedded.errors} in any of the shapes amoCRM uses. */
    static List<AmoItemError> itemErrors(JsonNode errors) {
        List<AmoItemError> result = new ArrayList<>();
        if (errors.isArray()) {
            errors.values().forEach(error -> result.add(itemError("request", null, error)));
            return result;
        }
        for (Map.Entry<String, JsonNode> operation : errors.properties()) {
            JsonNode entries = operation.getValue();
            if (entries.isArray()) {
                int index = 0;
                for (JsonNode error : entries.values()) {
                    result.add(itemError(operation.getKey(), String.valueOf(index++), error));
                }
            } else if (entries.isObject()) {
                for (Map.Entry<String, JsonNode> entry : entries.properties()) {
                    result.add(itemError(operation.getKey(), entry.getKey(), entry.getValue()));
                }
            } else if (!entries.isNull()) {
                result.add(itemError(operation.getKey(), null, entries));
            }
        }
        return result;
    }

    private static AmoItemError itemError(String operation, @Nullable String key, JsonNode error) {
        if (error.isObject()) {
            Integer code = asCode(error.path("code"));
            String message = error.path("message").asString(error.path("detail").asString(""));
            JsonNode id = error.path("id");
            String itemKey = id.isValueNode() ? id.asString() : key;
            if (message.isEmpty() && code != null) {
                message = AmoErrorCodes.describe(code);
            }
            return new AmoItemError(operation, itemKey, code, message);
        }
        return new AmoItemError(operation, key, null, error.asString());
    }

    private static @Nullable Integer asCode(JsonNode node) {
        if (node.isIntegralNumber()) {
            return node.intValue();
        }
        if (node.isString()) {
            try {
                return Integer.valueOf(node.asString().strip());
            } catch (NumberFormatException ex) {
                return null;
            }
        }
        return null;
    }

    private static List<Integer> errorCodes(JsonNode body) {
        List<Integer> codes = new ArrayList<>();
        Integer legacy = asCode(body.path("response").path("error_code"));
        if (legacy != null) {
            codes.add(legacy);
        }
        Integer code = asCode(body.path("error_code"));
        if (code != null) {
            codes.add(code);
        }
        JsonNode errors = body.path("_embedded").path("errors");
        if (!errors.isMissingNode()) {
            itemErrors(errors).stream()
                    .map(AmoItemError::code)
                    .filter(itemCode -> itemCode != null)
                    .forEach(codes::add);
        }
        return codes;
    }

    private static @Nullable String serverMessage(JsonNode body, AmoRequest request) {
        for (String field : List.of("hint", "detail", "title", "error", "message")) {
            JsonNode value = body.path(field);
            if (value.isString() && !value.asString().isBlank()) {
                return shorten(SecretRedactor.removeValues(value.asString(), request.secrets()));
            }
        }
        JsonNode legacy = body.path("response").path("error");
        if (legacy.isString()) {
            return shorten(SecretRedactor.removeValues(legacy.asString(), request.secrets()));
        }
        return null;
    }

    private static @Nullable Duration retryAfter(RawResponse response, JsonNode body) {
        String header = response.headers().getFirst(HttpHeaders.RETRY_AFTER);
        if (header != null) {
            try {
                return Duration.ofSeconds(Long.parseLong(header.strip()));
            } catch (NumberFormatException ex) {
                // an HTTP date: not used by amoCRM
            }
        }
        JsonNode retryAfter = body.path("retry_after");
        return retryAfter.isNumber() ? Duration.ofSeconds(retryAfter.longValue()) : null;
    }

    private JsonNode parseQuietly(RawResponse response) {
        if (isBlank(response.body())) {
            return MissingNode.getInstance();
        }
        try {
            JsonNode body = this.jsonMapper.readTree(response.body());
            return (body != null) ? body : MissingNode.getInstance();
        } catch (JacksonException ex) {
            return MissingNode.getInstance();
        }
    }

    private byte @Nullable [] encodeBody(AmoRequest request) {
        Object body = request.body();
        return switch (request.kind()) {
            case GET -> null;
            case POST -> (body instanceof byte[] bytes) ? bytes : writeJson(request, body);
            case AJAX -> {
                @SuppressWarnings("unchecked")
                Map<String, ?> form = (Map<String, ?>) body;
                yield NestedParameterEncoder.encode((form != null) ? form : Map.of())
                        .getBytes(StandardCharsets.US_ASCII);
            }
        };
    }

    private byte[] writeJson(AmoRequest request, @Nullable Object body) {
        try {
            return this.jsonMapper.writeValueAsBytes(body);
        } catch (JacksonException ex) {
            throw new IllegalArgumentException(
                    "The body of " + request + " cannot be written as JSON: " + ex.getOriginalMessage(), ex);
        }
    }

    private static HttpHeaders headers(AmoRequest request, @Nullable RequestCredentials credentials) {
        HttpHeaders headers = new HttpHeaders();
        if (credentials != null) {
            headers.set(credentials.headerName(), credentials.headerValue());
        }
        if (request.kind() == AmoRequest.Kind.POST) {
            headers.setContentType(MediaType.APPLICATION_JSON);
        } else if (request.kind() == AmoRequest.Kind.AJAX) {
            headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
            headers.set("X-Requested-With", "XMLHttpRequest");
        }
        headers.addAll(request.headers());
        return headers;
    }

    private static List<String> secrets(AmoRequest request, @Nullable RequestCredentials credentials) {
        if (credentials == null) {
            return request.secrets();
        }
        List<String> secrets = new ArrayList<>(request.secrets());
        String value = credentials.headerValue();
        secrets.add(value.startsWith("Bearer ") ? value.substring(7) : value);
        for (String part : value.split(";")) {
            int equals = part.indexOf('=');
            if (equals > 0) {
                secrets.add(part.substring(equals + 1).strip());
            }
        }
        return secrets;
    }

    private static AmoTransportException transportFailure(
            String accountHost, AmoRequest request, RuntimeException failure, List<String> secrets) {
        Throwable cause = (failure.getCause() != null) ? failure.getCause() : failure;
        boolean timeout = cause instanceof InterruptedIOException || cause instanceof HttpTimeoutException;
        String reason = cause.getClass().getSimpleName()
                + ((cause.getMessage() != null) ? ": " + SecretRedactor.removeValues(cause.getMessage(), secrets) : "");
        return new AmoTransportException(
                "No answer from amoCRM to " + describe(accountHost, request) + (timeout ? " (timed out)" : "") + ": "
                        + reason,
                accountHost,
                request.pathWithoutQuery(),
                timeout,
                failure);
    }

    private static String describe(String accountHost, AmoRequest request) {
        return "account " + accountHost + ", " + request.method() + " " + request.pathWithoutQuery();
    }

    private static String contentType(RawResponse response) {
        MediaType contentType = response.headers().getContentType();
        return (contentType != null) ? contentType.toString() : "no content type";
    }

    private static boolean isBlank(byte[] body) {
        for (byte value : body) {
            if (!Character.isWhitespace(value)) {
                return false;
            }
        }
        return true;
    }

    private static String shorten(String text) {
        return (text.length() > 300) ? text.substring(0, 300) + "..." : text;
    }

    private static HttpHeaders copy(HttpHeaders headers) {
        HttpHeaders copy = new HttpHeaders();
        copy.addAll(headers);
        return copy;
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    /**
     * An answer as received.
     * @param status the HTTP status
     * @param headers the headers
     * @param body the body, empty when there was none
     */
    public record RawResponse(int status, HttpHeaders headers, byte[] body) {}
}
