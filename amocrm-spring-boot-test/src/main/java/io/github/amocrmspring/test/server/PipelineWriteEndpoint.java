package io.github.amocrmspring.test.server;

import io.github.amocrmspring.test.server.AccountModel.Pipeline;
import io.github.amocrmspring.test.server.AccountModel.Stage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The legacy pipeline writes, {@code /private/api/v2/json/pipelines/set} and {@code …/delete}, with their
 * {@code {"request":…}} and {@code {"response":…}} envelopes.
 *
 * <p>An update replaces the whole list of working stages (stages not sent are removed); the unsorted stage and the
 * closing stages 142 and 143 always stay. A pipeline that still holds leads, or the last pipeline, is not deleted.
 */
final class PipelineWriteEndpoint {

    static final int MAX_PIPELINES = 50;

    static final int MAX_STAGES = 100;

    FakeResponse set(FakeRequest request, FakeAccount account) {
        try {
            return apply(request, account);
        } catch (ItemRejectedException ex) {
            return FakeResponse.legacyError(400, ex.getMessage(), String.valueOf(ex.code()));
        }
    }

    private FakeResponse apply(FakeRequest request, FakeAccount account) {
        JsonNode wrapped = request.bodyJson().path("request");
        JsonNode pipelines = wrapped.path("pipelines");
        JsonNode additions = pipelines.path("add");
        JsonNode updates = pipelines.has("update") ? pipelines.path("update") : wrapped.path("update");
        if (Json.elements(additions).isEmpty() && Json.elements(updates).isEmpty()) {
            return FakeResponse.legacyError(400, "Параметры не переданы", "103");
        }
        ObjectNode body = Json.object();
        ObjectNode response = body.putObject("response");
        ObjectNode result = response.putObject("pipelines");
        ObjectNode added = result.putObject("add").putObject("pipelines");
        for (JsonNode item : Json.elements(additions)) {
            String name = Json.asText(item.path("name"));
            if (name == null || name.isBlank()) {
                return FakeResponse.legacyError(400, "Pipeline name is required", "400");
            }
            if (account.pipelines.size() >= MAX_PIPELINES) {
                return FakeResponse.legacyError(400, "At most " + MAX_PIPELINES + " pipelines per account", "400");
            }
            long pipelineId = account.addPipeline(name);
            Pipeline pipeline = account.pipelines.get(pipelineId);
            applyPipeline(account, pipeline, item);
            ObjectNode node = AccountEndpoint.pipeline(pipeline, false);
            node.put("leads", 0);
            added.set(String.valueOf(pipelineId), node);
        }
        ObjectNode updated = result.putObject("update");
        for (JsonNode item : Json.elements(updates)) {
            Long id = Json.asLong(item.path("id"));
            Pipeline pipeline = (id != null) ? account.pipelines.get(id) : null;
            if (pipeline == null) {
                updated.put(String.valueOf(id), false);
                continue;
            }
            applyPipeline(account, pipeline, item);
            updated.put(String.valueOf(id), true);
        }
        response.put("server_time", account.now());
        return FakeResponse.json(200, FakeResponse.JSON, body);
    }

    FakeResponse delete(FakeRequest request, FakeAccount account) {
        List<Long> ids = Json.asLongList(request.bodyJson().path("request").path("id"));
        if (ids.isEmpty()) {
            return FakeResponse.legacyError(400, "Параметры не переданы", "103");
        }
        ObjectNode body = Json.object();
        ObjectNode response = body.putObject("response");
        for (Long id : ids) {
            String error = deletionError(account, id);
            if (error != null) {
                response.putObject(String.valueOf(id)).put("errors", error);
                continue;
            }
            boolean wasMain = account.pipelines.remove(id).main;
            if (wasMain) {
                account.pipelines.values().iterator().next().main = true;
            }
            response.put(String.valueOf(id), true);
        }
        return FakeResponse.json(200, FakeResponse.JSON, body);
    }

    private static String deletionError(FakeAccount account, long id) {
        if (!account.pipelines.containsKey(id)) {
            return "Pipeline not found";
        }
        if (account.pipelines.size() == 1) {
            return "Impossible to delete last pipeline";
        }
        boolean hasLeads = account.store(EntityType.LEAD).values().stream().anyMatch((lead) -> lead.pipelineId == id);
        return hasLeads ? "Impossible to delete a pipeline with leads" : null;
    }

    private void applyPipeline(FakeAccount account, Pipeline pipeline, JsonNode item) {
        String name = Json.asText(item.path("name"));
        if (name != null && !name.isBlank()) {
            pipeline.name = name;
        }
        Long sort = Json.asLong(item.path("sort"));
        if (sort != null) {
            pipeline.sort = sort.intValue();
        }
        if (item.has("is_main") && Json.asBoolean(item.path("is_main"), false)) {
            account.pipelines.values().forEach((other) -> other.main = false);
            pipeline.main = true;
        }
        if (item.path("statuses").isContainer()) {
            replaceStages(account, pipeline, item.path("statuses"));
        }
    }

    private void replaceStages(FakeAccount account, Pipeline pipeline, JsonNode statuses) {
        Stage unsorted = pipeline.stages.get(pipeline.unsortedStageId());
        Map<Long, Stage> stages = new LinkedHashMap<>();
        stages.put(unsorted.id(), unsorted);
        Stage won = pipeline.stages.get(142L);
        Stage lost = pipeline.stages.get(143L);
        int sort = 20;
        for (Map.Entry<String, JsonNode> entry : statuses.properties()) {
            JsonNode status = entry.getValue();
            Long key = Json.parseLong(entry.getKey());
            Long id = Json.asLong(status.path("id"));
            String name = Json.asText(status.path("name"));
            if (Long.valueOf(142).equals(key) || Long.valueOf(142).equals(id)) {
                won = new Stage(142, (name != null) ? name : won.name(), won.color(), won.sort(), false);
                continue;
            }
            if (Long.valueOf(143).equals(key) || Long.valueOf(143).equals(id)) {
                lost = new Stage(143, (name != null) ? name : lost.name(), lost.color(), lost.sort(), false);
                continue;
            }
            long stageId = (id != null && pipeline.stages.containsKey(id)) ? id : account.nextId();
            Stage previous = pipeline.stages.get(stageId);
            String stageName = (name != null) ? name : (previous != null) ? previous.name() : "Этап";
            String color = Json.asText(status.path("color"));
            String stageColor = (color != null) ? color : (previous != null) ? previous.color() : "#99ccff";
            int stageSort = (int) Json.asLong(status.path("sort"), sort);
            stages.put(stageId, new Stage(stageId, stageName, stageColor, stageSort, true));
            sort += 10;
        }
        if (stages.size() + 2 > MAX_STAGES) {
            throw new ItemRejectedException(400, "At most " + MAX_STAGES + " stages per pipeline");
        }
        stages.put(142L, won);
        stages.put(143L, lost);
        pipeline.stages.clear();
        pipeline.stages.putAll(stages);
    }
}
