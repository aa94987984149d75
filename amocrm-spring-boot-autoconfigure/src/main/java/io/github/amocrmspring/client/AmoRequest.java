package io.github.amocrmspring.client;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

/**
 * One request to amoCRM: a GET with query parameters, a POST with a JSON body, or an AJAX POST with a form body.
 *
 * <p>Instances are immutable; the {@code with...} methods return changed copies. Paths are relative to the account,
 * for example {@code /api/v2/leads}; query parameters may be nested maps and lists (see
 * {@link NestedParameterEncoder}).
 */
public final class AmoRequest {

    private static final DateTimeFormatter IF_MODIFIED_SINCE = DateTimeFormatter.ofPattern(
                    "EEE, dd MMM yyyy HH:mm:ss 'UTC'", java.util.Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final Kind kind;

    private final String path;

    private final Map<String, Object> params;

    private final @Nullable Object body;

    private final HttpHeaders headers;

    private final boolean itemErrorsAllowed;

    private final @Nullable String host;

    private final boolean sensitive;

    private final List<String> secrets;

    private AmoRequest(
            Kind kind,
            String path,
            Map<String, Object> params,
            @Nullable Object body,
            HttpHeaders headers,
            boolean itemErrorsAllowed,
            @Nullable String host,
            boolean sensitive,
            List<String> secrets) {
        this.kind = kind;
        this.path = path.startsWith("/") ? path : "/" + path;
        this.params = Collections.unmodifiableMap(params);
        this.body = body;
        this.headers = HttpHeaders.readOnlyHttpHeaders(headers);
        this.itemErrorsAllowed = itemErrorsAllowed;
        this.host = host;
        this.sensitive = sensitive;
        this.secrets = List.copyOf(secrets);
    }

    /** Create a GET request without parameters. */
    public static AmoRequest get(String path) {
        return get(path, Map.of());
    }

    /** Create a GET request with (possibly nested) query parameters. */
    public static AmoRequest get(String path, Map<String, ?> params) {
        return new AmoRequest(Kind.GET, path, copy(params), null, new HttpHeaders(), false, null, false, List.of());
    }

    /** Create a POST request whose body is the given object written as JSON. */
    public static AmoRequest post(String path, Object body) {
        Objects.requireNonNull(body, "Body must not be null");
        return new AmoRequest(Kind.POST, path, Map.of(), body, new HttpHeaders(), false, null, false, List.of());
    }

    /**
     * Create an AJAX request, as amoCRM's own web interface sends it: a POST with the parameters form-encoded and
     * an {@code X-Requested-With: XMLHttpRequest} header.
     */
    public static AmoRequest ajax(String path, Map<String, ?> form) {
        return new AmoRequest(Kind.AJAX, path, Map.of(), copy(form), new HttpHeaders(), false, null, false, List.of());
    }

    /** Return a copy with one more query parameter. */
    public AmoRequest withParam(String name, @Nullable Object value) {
        Map<String, Object> params = copy(this.params);
        params.put(name, value);
        return new AmoRequest(
                this.kind,
                this.path,
                params,
                this.body,
                this.headers,
                this.itemErrorsAllowed,
                this.host,
                this.sensitive,
                this.secrets);
    }

    /** Return a copy with one more header. */
    public AmoRequest withHeader(String name, String value) {
        HttpHeaders headers = new HttpHeaders();
        headers.putAll(this.headers);
        headers.add(name, value);
        return new AmoRequest(
                this.kind,
                this.path,
                this.params,
                this.body,
                headers,
                this.itemErrorsAllowed,
                this.host,
                this.sensitive,
                this.secrets);
    }

    /** Return a copy that asks only for entities changed after the given instant. */
    public AmoRequest withIfModifiedSince(Instant instant) {
        return withHeader(HttpHeaders.IF_MODIFIED_SINCE, IF_MODIFIED_SINCE.format(instant));
    }

    /**
     * Return a copy whose answer is returned even when amoCRM reports errors for some items in
     * {@code _embedded.errors}, instead of raising {@link io.github.amocrmspring.error.AmoBatchException}.
     */
    public AmoRequest withItemErrorsAllowed() {
        return new AmoRequest(
                this.kind,
                this.path,
                this.params,
                this.body,
                this.headers,
                true,
                this.host,
                this.sensitive,
                this.secrets);
    }

    /** Return a copy sent to another host than the account's (the shared OAuth host), with its credentials. */
    AmoRequest withHost(String host) {
        return new AmoRequest(
                this.kind,
                this.path,
                this.params,
                this.body,
                this.headers,
                this.itemErrorsAllowed,
                host,
                this.sensitive,
                this.secrets);
    }

    /**
     * Return a copy whose bodies (sent and received) are never logged, and whose given secret values are removed
     * from any message or log line.
     * @param secrets the secret values this request carries (client secret, code, refresh token, API key)
     * @return the copy
     */
    public AmoRequest withSecrets(String... secrets) {
        List<String> all = new ArrayList<>(this.secrets);
        for (String secret : secrets) {
            if (secret != null && !secret.isEmpty()) {
                all.add(secret);
            }
        }
        return new AmoRequest(
                this.kind,
                this.path,
                this.params,
                this.body,
                this.headers,
                this.itemErrorsAllowed,
                this.host,
                true,
                all);
    }

    /** Return the HTTP method: GET, or POST for JSON and AJAX requests. */
    public HttpMethod method() {
        return (this.kind == Kind.GET) ? HttpMethod.GET : HttpMethod.POST;
    }

    /** Return what kind of request this is. */
    public Kind kind() {
        return this.kind;
    }

    /** Return the path, relative to the account, possibly with a query of its own. */
    public String path() {
        return this.path;
    }

    /** Return the path without any query, as used in messages. */
    public String pathWithoutQuery() {
        int query = this.path.indexOf('?');
        return (query >= 0) ? this.path.substring(0, query) : this.path;
    }

    /** Return the query parameters. */
    public Map<String, Object> params() {
        return this.params;
    }

    /** Return the body: the object to write as JSON, or the form parameters of an AJAX request. */
    public @Nullable Object body() {
        return this.body;
    }

    /** Return the extra headers of this request. */
    public HttpHeaders headers() {
        return this.headers;
    }

    /** Return whether answers with item errors are returned rather than raised. */
    public boolean itemErrorsAllowed() {
        return this.itemErrorsAllowed;
    }

    /** Return the host to send to instead of the account's, if any. */
    @Nullable
    String host() {
        return this.host;
    }

    /** Return whether bodies of this request and its answer must never be logged. */
    public boolean isSensitive() {
        return this.sensitive;
    }

    /** Return the secret values this request carries. */
    List<String> secrets() {
        return this.secrets;
    }

    /** Return the path with the encoded query parameters appended. */
    public String pathAndQuery() {
        String query = NestedParameterEncoder.encode(this.params);
        if (query.isEmpty()) {
            return this.path;
        }
        return this.path + (this.path.contains("?") ? "&" : "?") + query;
    }

    @Override
    public String toString() {
        return this.kind + " " + pathWithoutQuery();
    }

    private static Map<String, Object> copy(Map<String, ?> map) {
        return new LinkedHashMap<>(map);
    }

    /** The kinds of request amoCRM understands. */
    public enum Kind {

        /** A GET with query parameters. */
        GET,

        /** A POST with a JSON body. */
        POST,

        /** A POST with a form-encoded body and {@code X-Requested-With: XMLHttpRequest}. */
        AJAX
    }
}
