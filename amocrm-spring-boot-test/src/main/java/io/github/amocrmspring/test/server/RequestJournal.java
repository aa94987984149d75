package io.github.amocrmspring.test.server;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Predicate;

/**
 * Journal of every request the fake server received, oldest first, for assertions in tests.
 *
 * <p>It keeps the most recent {@value #CAPACITY} requests. Secrets (tokens, API keys, client secrets) are recorded as
 * sent, since a test may need to assert on them; {@link RecordedRequest#toString()} shows none of them.
 */
public final class RequestJournal {

    /** Number of requests kept; older ones are forgotten first. */
    public static final int CAPACITY = 100_000;

    private final Deque<RecordedRequest> requests = new ArrayDeque<>();

    synchronized void record(RecordedRequest request) {
        if (this.requests.size() == CAPACITY) {
            this.requests.removeFirst();
        }
        this.requests.addLast(request);
    }

    /** Returns every recorded request, oldest first. */
    public synchronized List<RecordedRequest> requests() {
        return List.copyOf(this.requests);
    }

    /** Returns the recorded requests that match a predicate, oldest first. */
    public synchronized List<RecordedRequest> requests(Predicate<RecordedRequest> predicate) {
        List<RecordedRequest> matching = new ArrayList<>();
        for (RecordedRequest request : this.requests) {
            if (predicate.test(request)) {
                matching.add(request);
            }
        }
        return matching;
    }

    /** Returns the requests sent with a method to a path below any host, such as {@code GET /api/v2/leads}. */
    public List<RecordedRequest> requests(String method, String path) {
        return requests((request) -> request.is(method, path));
    }

    /** Returns the number of recorded requests. */
    public synchronized int count() {
        return this.requests.size();
    }

    /** Returns the number of requests sent with a method to a path, such as {@code POST /oauth2/access_token}. */
    public int count(String method, String path) {
        return requests(method, path).size();
    }

    /** Returns the number of requests answered with a status. */
    public int countWithStatus(int status) {
        return requests((request) -> request.status() == status).size();
    }

    /** Returns the most recent request, or throws when none was received. */
    public synchronized RecordedRequest last() {
        if (this.requests.isEmpty()) {
            throw new IllegalStateException("The fake amoCRM server has received no request");
        }
        return this.requests.getLast();
    }

    /** Returns the most recent request sent with a method to a path, or throws when there is none. */
    public RecordedRequest last(String method, String path) {
        List<RecordedRequest> matching = requests(method, path);
        if (matching.isEmpty()) {
            throw new IllegalStateException("The fake amoCRM server has received no " + method + " " + path);
        }
        return matching.get(matching.size() - 1);
    }

    /** Returns the answered statuses in order ({@link RecordedRequest#DROPPED} for dropped connections). */
    public synchronized List<Integer> statuses() {
        return this.requests.stream().map(RecordedRequest::status).toList();
    }

    /** Forgets every recorded request. */
    public synchronized void clear() {
        this.requests.clear();
    }
}
