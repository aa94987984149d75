package io.github.amocrmspring.entity;

import io.github.amocrmspring.client.AmoOperations;
import io.github.amocrmspring.client.AmoRequest;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Deletes entities of the kinds amoCRM lets delete (catalogs and their elements) with {@code {"delete": [ids]}}. */
final class EntityDeletion {

    private EntityDeletion() {}

    static void delete(AmoOperations account, String path, List<Long> ids) {
        if (ids.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("Only saved entities can be deleted: one of them has no id");
        }
        int batchSize = Math.min(
                EntityOperations.MAX_BATCH_SIZE,
                Math.max(1, account.client().getSettings().batchSize()));
        for (int start = 0; start < ids.size(); start += batchSize) {
            List<Long> chunk = ids.subList(start, Math.min(ids.size(), start + batchSize));
            account.exchange(AmoRequest.post(path, Map.of("delete", chunk)));
        }
    }
}
