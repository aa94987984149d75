package io.github.amocrmspring.benchmarks;

/**
 * Heap used by a client JVM while it streamed many leads from a fake server running in another JVM.
 *
 * @param entities leads streamed
 * @param requests requests the fake server received
 * @param tooManyRequests requests the fake server answered with 429
 * @param elapsedMillis time the stream took
 * @param maxHeapBytes the client JVM's maximum heap ({@code -Xmx})
 * @param peakHeapAfterGcBytes highest heap in use right after a garbage collection: what the client kept alive
 * @param peakHeapUsedBytes highest heap in use at any time, garbage not yet collected included
 * @param garbageCollections collections the client JVM ran during the stream
 */
public record MemoryResult(
        int entities,
        int requests,
        int tooManyRequests,
        long elapsedMillis,
        long maxHeapBytes,
        long peakHeapAfterGcBytes,
        long peakHeapUsedBytes,
        long garbageCollections) {}
