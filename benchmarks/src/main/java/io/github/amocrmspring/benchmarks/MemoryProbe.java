package io.github.amocrmspring.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Streams every lead of a fake amoCRM server through the starter, in a JVM of its own started with a small heap,
 * and prints what the heap held: {@code RESULT <leads> <elapsed ms> <max heap> <peak after GC> <peak used> <GCs>}.
 *
 * <p>"Peak after GC" is the highest heap occupancy any garbage collection left behind, reported by GC
 * notifications: it bounds what the client kept alive. "Peak used" is the sum of the heap pools' peaks, garbage
 * included. Arguments: base URL template, account host, long-lived token.
 */
public final class MemoryProbe {

    static final String RESULT = "RESULT";

    private MemoryProbe() {}

    public static void main(String[] args) {
        AtomicLong peakAfterGc = new AtomicLong();
        AtomicLong collections = new AtomicLong();
        watchCollections(peakAfterGc, collections);

        try (StarterClient client = StarterClient.start(args[0], args[1], args[2])) {
            long started = System.nanoTime();
            int leads = LeadReaders.streamWithStarter(client.template());
            long elapsedMillis = (System.nanoTime() - started) / 1_000_000;

            long peakUsed = heapPools().stream()
                    .mapToLong((pool) -> pool.getPeakUsage().getUsed())
                    .sum();
            System.out.println(String.join(
                    " ",
                    RESULT,
                    String.valueOf(leads),
                    String.valueOf(elapsedMillis),
                    String.valueOf(Runtime.getRuntime().maxMemory()),
                    String.valueOf(peakAfterGc.get()),
                    String.valueOf(peakUsed),
                    String.valueOf(collections.get())));
        }
    }

    private static void watchCollections(AtomicLong peakAfterGc, AtomicLong collections) {
        Set<String> heapPools =
                heapPools().stream().map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) collector)
                    .addNotificationListener(
                            (notification, handback) -> {
                                if (!notification
                                        .getType()
                                        .equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                                    return;
                                }
                                GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                                        (CompositeData) notification.getUserData());
                                long used = heapUsed(info.getGcInfo().getMemoryUsageAfterGc(), heapPools);
                                peakAfterGc.accumulateAndGet(used, Math::max);
                                collections.incrementAndGet();
                            },
                            null,
                            null);
        }
    }

    private static long heapUsed(Map<String, MemoryUsage> usageByPool, Set<String> heapPools) {
        return usageByPool.entrySet().stream()
                .filter((entry) -> heapPools.contains(entry.getKey()))
                .mapToLong((entry) -> entry.getValue().getUsed())
                .sum();
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter((pool) -> pool.getType() == MemoryType.HEAP)
                .toList();
    }
}
