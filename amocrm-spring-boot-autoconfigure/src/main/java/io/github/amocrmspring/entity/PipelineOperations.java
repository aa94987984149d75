package io.github.amocrmspring.entity;

import io.github.amocrmspring.client.AmoOperations;
import io.github.amocrmspring.client.AmoRequest;
import io.github.amocrmspring.model.Pipeline;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The pipelines of one account with their statuses ({@code /api/v2/pipelines}). */
public class PipelineOperations {

    private static final String PATH = "/api/v2/pipelines";

    private final AmoOperations account;

    private final EntityContext context;

    public PipelineOperations(AmoOperations account, EntityContext context) {
        this.account = Objects.requireNonNull(account, "account must not be null");
        this.context = Objects.requireNonNull(context, "context must not be null");
    }

    /** Return every pipeline. */
    public List<Pipeline> list() {
        return this.account.exchange(AmoRequest.get(PATH)).items().stream()
                .map(item -> this.context.getJsonMapper().treeToValue(item, Pipeline.class))
                .toList();
    }

    /** Return one pipeline by id. */
    public Optional<Pipeline> findById(long id) {
        return this.account.exchange(AmoRequest.get(PATH, Map.of("id", id))).items().stream()
                .map(item -> this.context.getJsonMapper().treeToValue(item, Pipeline.class))
                .filter(pipeline -> Objects.equals(pipeline.getId(), id))
                .findFirst();
    }

    @Override
    public String toString() {
        return "PipelineOperations[" + this.account.accountHost() + "]";
    }
}
