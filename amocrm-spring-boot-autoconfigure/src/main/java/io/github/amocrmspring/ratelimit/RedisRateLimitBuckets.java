package io.github.amocrmspring.ratelimit;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.AbstractRedisClient;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.util.Assert;

/**
 * Rate-limit buckets kept in Redis, one key per account host, through a Lettuce client the application already has.
 *
 * <p>Each bucket is updated with compare-and-swap scripts, so instances that share the Redis server take turns
 * without locks. A key lives until its bucket would be full again plus a few seconds, so accounts that are no longer
 * used leave nothing behind. The buckets use a connection of their own, opened here and closed by {@link #close()}.
 */
public final class RedisRateLimitBuckets implements AutoCloseable {

    /** Prefix of the keys unless another is configured. */
    public static final String DEFAULT_KEY_PREFIX = "amocrm:rate-limit:";

    private static final Duration KEEP_AFTER_REFILL = Duration.ofSeconds(10);

    private final StatefulConnection<String, byte[]> connection;

    private final ProxyManager<String> proxyManager;

    /**
     * Open a connection for the buckets.
     * @param client the application's Lettuce client, standalone or cluster
     * @param keyPrefix the prefix of every bucket's key, followed by the account host
     */
    public RedisRateLimitBuckets(AbstractRedisClient client, String keyPrefix) {
        Assert.notNull(client, "'client' must not be null");
        Assert.notNull(keyPrefix, "'keyPrefix' must not be null");
        RedisCodec<String, byte[]> codec = new PrefixedKeyCodec(keyPrefix);
        ExpirationAfterWriteStrategy expiration =
                ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(KEEP_AFTER_REFILL);
        if (client instanceof RedisClient standalone) {
            StatefulRedisConnection<String, byte[]> standaloneConnection = standalone.connect(codec);
            this.connection = standaloneConnection;
            this.proxyManager = Bucket4jLettuce.casBasedBuilder(standaloneConnection)
                    .expirationAfterWrite(expiration)
                    .build();
        } else if (client instanceof RedisClusterClient cluster) {
            StatefulRedisClusterConnection<String, byte[]> clusterConnection = cluster.connect(codec);
            this.connection = clusterConnection;
            this.proxyManager = Bucket4jLettuce.casBasedBuilder(clusterConnection)
                    .expirationAfterWrite(expiration)
                    .build();
        } else {
            throw new IllegalStateException("amocrm.rate-limit.store=redis needs a standalone or cluster Lettuce"
                    + " client, not " + client.getClass().getName());
        }
    }

    /** Return a proxy manager that keeps one bucket per account host. */
    public ProxyManager<String> proxyManager() {
        return this.proxyManager;
    }

    /** Close the connection of the buckets; the client stays open. */
    @Override
    public void close() {
        this.connection.close();
    }

    /** Encodes an account host as a key under the prefix, and bucket states as they are. */
    private static final class PrefixedKeyCodec implements RedisCodec<String, byte[]> {

        private final String prefix;

        PrefixedKeyCodec(String prefix) {
            this.prefix = prefix;
        }

        @Override
        public String decodeKey(ByteBuffer bytes) {
            String key = StandardCharsets.UTF_8.decode(bytes).toString();
            return key.startsWith(this.prefix) ? key.substring(this.prefix.length()) : key;
        }

        @Override
        public byte[] decodeValue(ByteBuffer bytes) {
            return ByteArrayCodec.INSTANCE.decodeValue(bytes);
        }

        @Override
        public ByteBuffer encodeKey(String key) {
            return StandardCharsets.UTF_8.encode(this.prefix + key);
        }

        @Override
        public ByteBuffer encodeValue(byte[] value) {
            return ByteArrayCodec.INSTANCE.encodeValue(value);
        }
    }
}
