package io.github.amocrmspring.integration.production;

import java.util.UUID;
import org.springframework.util.StringUtils;

/** The Redis server of the tests that share a rate limit through Redis, named by the environment. */
final class TestRedis {

    /** The environment variable that holds the server's URL, such as {@code redis://127.0.0.1:6379}. */
    static final String URL_VARIABLE = "AMOCRM_TEST_REDIS_URL";

    private TestRedis() {}

    /**
     * Return the URL of the Redis server.
     * @throws IllegalStateException if the environment names none
     */
    static String url() {
        String url = System.getenv(URL_VARIABLE);
        if (!StringUtils.hasText(url)) {
            throw new IllegalStateException("This test needs a Redis server: set " + URL_VARIABLE
                    + " (scripts/test.sh starts the local server and sets it to redis://127.0.0.1:6379)");
        }
        return url;
    }

    /** Return a key prefix of its own, so that tests sharing the server never share a bucket. */
    static String uniqueKeyPrefix() {
        return "amocrm-test:" + UUID.randomUUID() + ":";
    }
}
