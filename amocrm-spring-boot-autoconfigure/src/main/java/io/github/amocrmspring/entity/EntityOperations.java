package io.github.amocrmspring.entity;

import io.github.amocrmspring.client.AmoOperations;
import io.github.amocrmspring.client.AmoRequest;
import io.github.amocrmspring.client.AmoResponse;
import io.github.amocrmspring.error.AmoBatchException;
import io.github.amocrmspring.error.AmoException;
import io.github.amocrmspring.error.AmoItemError;
import io.github.amocrmspring.error.AmoMalformedResponseException;
import io.github.amocrmspring.guard.EntityKey;
import io.github.amocrmspring.model.AmoEntity;
import io.github.amocrmspring.model.EntityType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reading and saving one kind of entity in one account.
 *
 * <p>Saving an existing entity runs under the {@link io.github.amocrmspring.guard.EntityGuard} lock of that entity
 * until amoCRM has answered, and sends back the {@code updated_at} the entity was read with. amoCRM rejects an
 * older value, so a change made by anyone else since the entity was read is reported as an
 * {@link EntityConflictException} instead of being overwritten. {@link #update(long, Consumer)} reads, changes and
 * saves under one lock, so that concurrent changes made through this client never overwrite each other. An entity
 * that was never read (built with just an id) is saved with the {@code updated_at} amoCRM holds, read under the
 * lock first.
 *
 * @param <T> the entity type
 * @param <Q> the query type of its lists
 */
public abstract class EntityOperations<T extends AmoEntity, Q extends EntityQuery<Q>> {

    private static final Logger logger = LoggerFactory.getLogger(EntityOperations.class);

    /** The largest number of entities amoCRM takes in one request. */
    public static final int MAX_BATCH_SIZE = 500;

    private final AmoOperations account;

    private final EntityContext context;

    private final Class<T> entityClass;

    private final EntityType entityType;

    protected EntityOperations(AmoOperations account, EntityContext context, Class<T> entityClass, EntityType type) {
        this.account = Objects.requireNonNull(account, "account must not be null");
        this.context = Objects.requireNonNull(context, "context must not be null");
        this.entityClass = entityClass;
        this.entityType = type;
    }

    /** Return the kind of entity these operations read and save. */
    public EntityType entityType() {
        return this.entityType;
    }

    /** Return the host of the account these operations work on. */
    public String accountHost() {
        return this.account.accountHost();
    }

    /**
     * Read one entity by id.
     * @param id the id
     * @return the entity, or empty when amoCRM has none with that id
     */
    public Optional<T> findById(long id) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("id", id);
        params.putAll(findByIdParams());
        return findOne(params, id);
    }

    /** Return the parameters, other than the id, that a read by id needs. */
    protected Map<String, Object> findByIdParams() {
        return Map.of();
    }

    protected final Optional<T> findOne(Map<String, Object> params, long id) {
        AmoResponse response = this.account.exchange(AmoRequest.get(path(), params));
        return entities(response).stream()
                .filter(entity -> Objects.equals(entity.getId(), id))
                .findFirst();
    }

    /**
     * Read one page of entities: the {@code limit_rows} and {@code limit_offset} of the query, or the first
     * {@code amocrm.page-size} entities.
     * @param query the filters
     * @return the entities of the page; empty when there are none
     */
    public List<T> find(Q query) {
        return entities(this.account.exchange(pageRequest(query, 0)));
    }

    /**
     * Read every entity that matches the query, lazily, a page at a time.
     *
     * <p>The stream holds at most {@code 1 + amocrm.stream.prefetch-pages} pages: the one being consumed and the
     * next ones, read in the background so that their latency overlaps; when the first page is slow to come
     * ({@code amocrm.stream.second-page-after}), the second one is asked for without waiting for it. It ends on a 204
     * or on a page shorter than the page size, cancelling the reads of pages after it. Close it (for example with
     * try-with-resources) when stopping early, to cancel the reads in flight.
     * @param query the filters; its {@code limit_offset} is where the stream starts and its {@code limit_rows}
     * the page size (otherwise {@code amocrm.page-size})
     * @return the entities
     */
    public Stream<T> stream(Q query) {
        int pageSize = pageSize(query);
        return PrefetchingSpliterator.stream(
                pageIndex -> {
                    List<T> items = entities(this.account.exchange(pageRequest(query, pageIndex)));
                    return new PrefetchingSpliterator.Page<>(items, items.size() < pageSize);
                },
                this.context.getPrefetchExecutor(),
                this.context.getPrefetchPages(),
                this.context.getSecondPageAfter());
    }

    /** Return the request for one page of a list: the query's parameters and its page. */
    protected AmoRequest pageRequest(Q query, int pageIndex) {
        int pageSize = pageSize(query);
        int offset = ((query.getLimitOffset() != null) ? query.getLimitOffset() : 0) + pageIndex * pageSize;
        AmoRequest request = AmoRequest.get(path(), query.getParams())
                .withParam("limit_rows", pageSize)
                .withParam("limit_offset", offset);
        return withModifiedSince(request, query);
    }

    protected static AmoRequest withModifiedSince(AmoRequest request, EntityQuery<?> query) {
        return (query.getModifiedSince() != null) ? request.withIfModifiedSince(query.getModifiedSince()) : request;
    }

    protected int pageSize(EntityQuery<?> query) {
        return (query.getLimitRows() != null)
                ? query.getLimitRows()
                : this.account.client().getSettings().pageSize();
    }

    /**
     * Save one entity: add it when it has no id, otherwise update it under the lock of the entity. The id amoCRM
     * gives and the new {@code updated_at} are written back to the entity.
     * @param entity the entity
     * @return the same entity
     * @throws EntityConflictException if the entity changed in amoCRM since it was read
     * @throws io.github.amocrmspring.guard.EntityLockException if the lock of the entity could not be taken
     */
    public T save(T entity) {
        Objects.requireNonNull(entity, "entity must not be null");
        if (entity.isNew()) {
            BatchResult<T> result = send(List.of(entity), List.of());
            if (result.hasFailures()) {
                throw failure(result.failures().get(0).error(), entity);
            }
            return entity;
        }
        return this.context.getEntityGuard().runLocked(key(entity.getId()), () -> {
            BatchResult<T> result = send(List.of(), List.of(entity));
            if (result.hasFailures()) {
                throw failure(result.failures().get(0).error(), entity);
            }
            return entity;
        });
    }

    /**
     * Read an entity, change it and save it, all under the lock of the entity, so that concurrent changes made
     * through this client (from any thread or, with a shared database, any instance) never overwrite each other.
     * @param id the id of the entity
     * @param change what to change
     * @return the saved entity
     * @throws EntityNotFoundException if there is no entity with that id
     * @throws EntityConflictException if the entity was changed outside this client between the read and the save
     */
    public T update(long id, Consumer<? super T> change) {
        Objects.requireNonNull(change, "change must not be null");
        return this.context.getEntityGuard().runLocked(key(id), () -> {
            T entity = findById(id)
                    .orElseThrow(() -> new EntityNotFoundException(accountHost(), path(), this.entityType, id));
            change.accept(entity);
            return save(entity);
        });
    }

    /**
     * Save many entities, in requests of {@code amocrm.batch-size} (at most 500): new ones are added, the others
     * updated under their locks. amoCRM may refuse some items and save the others; the result tells which, in the
     * order given. When a whole request fails, the items of that request and of the ones after it are reported as
     * not saved, with the reason.
     * @param entities the entities
     * @return the saved entities and the failures
     */
    public BatchResult<T> saveAll(Collection<? extends T> entities) {
        List<T> all = new ArrayList<>(entities);
        int batchSize = Math.min(
                MAX_BATCH_SIZE, Math.max(1, this.account.client().getSettings().batchSize()));
        List<T> saved = new ArrayList<>();
        List<BatchFailure<T>> failures = new ArrayList<>();
        for (int start = 0; start < all.size(); start += batchSize) {
            List<T> chunk = all.subList(start, Math.min(all.size(), start + batchSize));
            int notSentFrom = start;
            AmoException requestFailure;
            try {
                AtomicReference<AmoException> halfFailure = new AtomicReference<>();
                BatchResult<T> result = saveHalvingOnGatewayTimeout(chunk, halfFailure);
                saved.addAll(result.saved());
                int offset = start;
                result.failures()
                        .forEach(failure -> failures.add(
                                new BatchFailure<>(offset + failure.index(), failure.item(), failure.error())));
                requestFailure = halfFailure.get();
                notSentFrom = start + chunk.size();
            } catch (AmoException ex) {
                requestFailure = ex;
            }
            if (requestFailure != null) {
                logger.debug(
                        "A batch of {} to account {} failed; {} item(s) not sent",
                        path(),
                        accountHost(),
                        all.size() - notSentFrom,
                        requestFailure);
                for (int i = notSentFrom; i < all.size(); i++) {
                    failures.add(new BatchFailure<>(
                            i,
                            all.get(i),
                            new AmoItemError("request", null, null, "not saved: " + requestFailure.getMessage())));
                }
                break;
            }
        }
        failures.sort(java.util.Comparator.comparingInt(BatchFailure::index));
        return new BatchResult<>(accountHost(), path(), saved, failures);
    }

    /**
     * Save a chunk through the context's {@link io.github.amocrmspring.retry.BatchSplitter}, merging the halves it
     * sent after a 504. A request that failed otherwise reports its items (and those of the halves not sent after
     * it) as not saved and its exception in {@code requestFailure}, while the halves saved before it stay saved.
     */
    private BatchResult<T> saveHalvingOnGatewayTimeout(List<T> chunk, AtomicReference<AmoException> requestFailure) {
        List<BatchResult<T>> parts = this.context.getBatchSplitter().send(chunk, this::saveChunk, (part, ex) -> {
            if (part.size() == chunk.size()) {
                throw ex;
            }
            requestFailure.compareAndSet(null, ex);
            List<BatchFailure<T>> notSaved = new ArrayList<>();
            for (T item : part) {
                notSaved.add(new BatchFailure<>(
                        indexOf(chunk, item),
                        item,
                        new AmoItemError("request", null, null, "not saved: " + ex.getMessage())));
            }
            return new BatchResult<>(accountHost(), path(), List.of(), notSaved);
        });
        if (parts.size() == 1) {
            return parts.get(0);
        }
        List<T> saved = new ArrayList<>();
        List<BatchFailure<T>> failures = new ArrayList<>();
        for (BatchResult<T> part : parts) {
            saved.addAll(part.saved());
            part.failures()
                    .forEach(failure -> failures.add(
                            new BatchFailure<>(indexOf(chunk, failure.item()), failure.item(), failure.error())));
        }
        return new BatchResult<>(accountHost(), path(), saved, failures);
    }

    private BatchResult<T> saveChunk(List<T> chunk) {
        List<T> adds = chunk.stream().filter(AmoEntity::isNew).toList();
        List<T> updates = chunk.stream().filter(entity -> !entity.isNew()).toList();
        if (updates.isEmpty()) {
            return reorder(chunk, send(adds, updates));
        }
        List<EntityKey> keys =
                updates.stream().map(entity -> key(entity.getId())).toList();
        return this.context.getEntityGuard().runLocked(keys, () -> reorder(chunk, send(adds, updates)));
    }

    private BatchResult<T> reorder(List<T> chunk, BatchResult<T> result) {
        List<T> saved = chunk.stream()
                .filter(entity -> result.saved().stream().anyMatch(s -> s == entity))
                .toList();
        List<BatchFailure<T>> failures = new ArrayList<>();
        for (BatchFailure<T> failure : result.failures()) {
            int index = indexOf(chunk, failure.item());
            failures.add(new BatchFailure<>(index, failure.item(), failure.error()));
        }
        return new BatchResult<>(accountHost(), path(), saved, failures);
    }

    private static int indexOf(List<?> list, Object item) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == item) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Send one request with the given adds and updates, and write ids and {@code updated_at} back to the saved
     * entities. Each update carries the {@code updated_at} it was read with; those never read are read first.
     */
    private BatchResult<T> send(List<T> adds, List<T> updates) {
        Map<Long, Instant> current = currentUpdatedAt(updates);
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        if (!adds.isEmpty()) {
            ArrayNode array = body.putArray("add");
            for (int i = 0; i < adds.size(); i++) {
                ObjectNode item = adds.get(i).toRequestItem();
                item.put("request_id", i);
                array.add(item);
            }
        }
        List<Instant> sentUpdatedAt = new ArrayList<>();
        if (!updates.isEmpty()) {
            ArrayNode array = body.putArray("update");
            for (T entity : updates) {
                Instant updatedAt = (entity.getUpdatedAt() != null)
                        ? entity.getUpdatedAt()
                        : current.getOrDefault(entity.getId(), Instant.now());
                sentUpdatedAt.add(updatedAt);
                ObjectNode item = entity.toRequestItem();
                item.put("updated_at", updatedAt.getEpochSecond());
                array.add(item);
            }
        }
        AmoResponse response =
                this.account.exchange(AmoRequest.post(path(), body).withItemErrorsAllowed());
        if (response.isEmpty()) {
            throw new AmoMalformedResponseException(
                    "amoCRM answered " + response.status() + " without a body to POST " + path() + " of account "
                            + accountHost(),
                    accountHost(),
                    path(),
                    response.status(),
                    null);
        }
        SaveAnswer answer = SaveAnswer.read(
                response.body(),
                adds.size(),
                updates.stream().map(AmoEntity::getId).toList());
        List<T> saved = new ArrayList<>();
        List<BatchFailure<T>> failures = new ArrayList<>();
        for (int i = 0; i < adds.size(); i++) {
            record(adds.get(i), i, answer.add(i), null, saved, failures);
        }
        for (int i = 0; i < updates.size(); i++) {
            record(updates.get(i), adds.size() + i, answer.update(i), sentUpdatedAt.get(i), saved, failures);
        }
        return new BatchResult<>(accountHost(), path(), saved, failures);
    }

    private void record(
            T entity,
            int index,
            SaveAnswer.Outcome outcome,
            Instant sentUpdatedAt,
            List<T> saved,
            List<BatchFailure<T>> failures) {
        if (outcome.isSaved()) {
            Instant updatedAt = (outcome.updatedAt() != null) ? outcome.updatedAt() : sentUpdatedAt;
            entity.markSaved(outcome.id(), updatedAt);
            saved.add(entity);
        } else {
            failures.add(new BatchFailure<>(index, entity, outcome.error()));
        }
    }

    /** Read the {@code updated_at} amoCRM holds for the entities that were never read. */
    private Map<Long, Instant> currentUpdatedAt(List<T> updates) {
        List<T> unread =
                updates.stream().filter(entity -> entity.getUpdatedAt() == null).toList();
        Map<Long, Instant> result = new LinkedHashMap<>();
        if (unread.isEmpty()) {
            return result;
        }
        for (T entity : readCurrent(unread)) {
            if (entity.getId() != null && entity.getUpdatedAt() != null) {
                result.put(entity.getId(), entity.getUpdatedAt());
            }
        }
        return result;
    }

    /**
     * Read the entities as amoCRM now holds them, for saving entities that were built with just an id.
     * @param entities the entities, each with an id
     * @return the entities read; missing ones are left out
     */
    protected List<T> readCurrent(List<T> entities) {
        List<Long> ids = entities.stream().map(AmoEntity::getId).toList();
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("id", (ids.size() == 1) ? (Object) ids.get(0) : ids);
        params.putAll(findByIdParams());
        return entities(this.account.exchange(AmoRequest.get(path(), params)));
    }

    private AmoException failure(AmoItemError error, T entity) {
        if ("update".equals(error.operation()) && isConflict(error.message())) {
            return new EntityConflictException(
                    accountHost(), path(), this.entityType, entity.getId(), entity.getUpdatedAt(), error.message());
        }
        return new AmoBatchException(accountHost(), "POST", path(), 200, List.of(error), List.of());
    }

    private static boolean isConflict(String message) {
        String text = (message != null) ? message.toLowerCase(Locale.ROOT) : "";
        return text.contains("last modified date is older") || text.contains("older than in database");
    }

    /** Return the entities of a list answer; none for a 204. */
    protected List<T> entities(AmoResponse response) {
        return response.items().stream().map(this::toEntity).toList();
    }

    protected T toEntity(JsonNode node) {
        return convert(node, this.entityClass);
    }

    protected <E> E convert(JsonNode node, Class<E> type) {
        try {
            return this.context.getJsonMapper().treeToValue(node, type);
        } catch (JacksonException ex) {
            throw new AmoMalformedResponseException(
                    "amoCRM sent " + type.getSimpleName() + " data of an unexpected shape from " + path()
                            + " of account " + accountHost() + ": " + ex.getOriginalMessage(),
                    accountHost(),
                    path(),
                    200,
                    ex);
        }
    }

    protected EntityKey key(long id) {
        return new EntityKey(accountHost(), this.entityType, id);
    }

    protected String path() {
        return this.entityType.path();
    }

    protected AmoOperations account() {
        return this.account;
    }

    protected EntityContext context() {
        return this.context;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + accountHost() + "]";
    }
}
