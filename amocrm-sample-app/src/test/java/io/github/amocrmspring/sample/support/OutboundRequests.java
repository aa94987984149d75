package io.github.amocrmspring.sample.support;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.restclient.RestClientCustomizer;

/**
 * Records every request the application sends through a {@code RestClient} built by Spring Boot, which is how the
 * starter talks to amoCRM: it shows that a refused callback sent nothing anywhere.
 */
public final class OutboundRequests {

    private final List<URI> uris = new CopyOnWriteArrayList<>();

    /** Returns a customizer that makes every {@code RestClient} report its requests here. */
    public RestClientCustomizer customizer() {
        return (builder) -> builder.requestInterceptor((request, body, execution) -> {
            this.uris.add(request.getURI());
            return execution.execute(request, body);
        });
    }

    /** Returns the addresses of the requests sent so far. */
    public List<URI> uris() {
        return List.copyOf(this.uris);
    }

    /** Forgets the requests sent so far. */
    public void clear() {
        this.uris.clear();
    }
}
