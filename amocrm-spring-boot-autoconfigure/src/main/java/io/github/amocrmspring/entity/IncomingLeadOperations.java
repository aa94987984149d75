package io.github.amocrmspring.entity;

import io.github.amocrmspring.client.AmoOperations;
import io.github.amocrmspring.client.AmoRequest;
import io.github.amocrmspring.client.AmoResponse;
import io.github.amocrmspring.error.AmoApiException;
import io.github.amocrmspring.model.IncomingLead;
import io.github.amocrmspring.model.IncomingLeadsSummary;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The incoming ("unsorted") requests of one account ({@code /api/v2/incoming_leads}): add them from web forms and
 * calls, list them, accept or decline them, and count them.
 */
public class IncomingLeadOperations {

    private static final String PATH = "/api/v2/incoming_leads";

    private final AmoOperations account;

    private final EntityContext context;

    public IncomingLeadOperations(AmoOperations account, EntityContext context) {
        this.account = Objects.requireNonNull(account, "account must not be null");
        this.context = Objects.requireNonNull(context, "context must not be null");
    }

    /**
     * Add one request; its uid is written back to it.
     * @param incomingLead the request, from {@link IncomingLead#fromForm()} or {@link IncomingLead#fromCall()}
     * @return the uid amoCRM gave it
     */
    public String add(IncomingLead incomingLead) {
        return addAll(List.of(incomingLead)).get(0);
    }

    /**
     * Add many requests, in requests of {@code amocrm.batch-size} per category; their uids are written back.
     * @param incomingLeads the requests
     * @return the uids, in the order given
     */
    public List<String> addAll(Collection<IncomingLead> incomingLeads) {
        List<IncomingLead> all = new ArrayList<>(incomingLeads);
        int batchSize = Math.min(
                EntityOperations.MAX_BATCH_SIZE,
                Math.max(1, this.account.client().getSettings().batchSize()));
        for (String category : List.of(IncomingLead.FORM, IncomingLead.SIP)) {
            List<IncomingLead> ofCategory = all.stream()
                    .filter(lead -> category.equals(lead.getCategory()))
                    .toList();
            for (int start = 0; start < ofCategory.size(); start += batchSize) {
                send(category, ofCategory.subList(start, Math.min(ofCategory.size(), start + batchSize)));
            }
        }
        List<IncomingLead> unknown = all.stream()
                .filter(lead ->
                        !IncomingLead.FORM.equals(lead.getCategory()) && !IncomingLead.SIP.equals(lead.getCategory()))
                .toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("Only requests from forms and calls can be added; create them with"
                    + " IncomingLead.fromForm() or IncomingLead.fromCall(), not category '"
                    + unknown.get(0).getCategory() + "'");
        }
        return all.stream().map(IncomingLead::getUid).toList();
    }

    private void send(String category, List<IncomingLead> chunk) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        ArrayNode add = body.putArray("add");
        for (IncomingLead incomingLead : chunk) {
            if (incomingLead.getCreatedAt() == null) {
                incomingLead.setCreatedAt(Instant.now());
            }
            add.add(incomingLead.toRequestItem());
        }
        String path = PATH + "/" + category;
        JsonNode answer = checkSuccess(this.account.exchange(AmoRequest.post(path, body)), path);
        JsonNode data = answer.path("data");
        List<String> uids = new ArrayList<>();
        (data.isObject() ? data.values() : data).forEach(uid -> uids.add(uid.asString()));
        if (uids.size() != chunk.size()) {
            throw new AmoApiException(
                    "amoCRM returned " + uids.size() + " uid(s) for " + chunk.size() + " incoming request(s) sent to"
                            + " POST " + path + " of account " + this.account.accountHost(),
                    this.account.accountHost(),
                    path,
                    200,
                    List.of(),
                    null);
        }
        for (int i = 0; i < chunk.size(); i++) {
            chunk.get(i).setUid(uids.get(i));
        }
    }

    /** Read one request by uid. */
    public Optional<IncomingLead> findByUid(String uid) {
        return find(IncomingLeadQuery.all().uid(uid)).stream()
                .filter(lead -> uid.equals(lead.getUid()))
                .findFirst();
    }

    /** Read one page of requests: the query's page, or the first. */
    public List<IncomingLead> find(IncomingLeadQuery query) {
        return items(this.account.exchange(pageRequest(query, 0)));
    }

    /** Read every request that matches the query, lazily, a page at a time; see {@link EntityOperations#stream}. */
    public Stream<IncomingLead> stream(IncomingLeadQuery query) {
        int pageSize = pageSize(query);
        return PrefetchingSpliterator.stream(
                pageIndex -> {
                    List<IncomingLead> items = items(this.account.exchange(pageRequest(query, pageIndex)));
                    return new PrefetchingSpliterator.Page<>(items, items.size() < pageSize);
                },
                this.context.getPrefetchExecutor(),
                this.context.getPrefetchPages(),
                this.context.getSecondPageAfter());
    }

    private AmoRequest pageRequest(IncomingLeadQuery query, int pageIndex) {
        int firstPage = (query.getPage() != null) ? query.getPage() : 1;
        AmoRequest request = AmoRequest.get(PATH, query.getParams())
                .withParam("page_size", pageSize(query))
                .withParam("page", firstPage + pageIndex);
        return (query.getModifiedSince() != null) ? request.withIfModifiedSince(query.getModifiedSince()) : request;
    }

    private int pageSize(IncomingLeadQuery query) {
        return (query.getLimitRows() != null)
                ? query.getLimitRows()
                : this.account.client().getSettings().pageSize();
    }

    private List<IncomingLead> items(AmoResponse response) {
        return response.items().stream()
                .map(item -> this.context.getJsonMapper().treeToValue(item, IncomingLead.class))
                .toList();
    }

    /**
     * Accept requests: amoCRM creates their lead, contacts and companies.
     * @param uids the uids of the requests
     * @param userId the user on whose behalf they are accepted
     * @param statusId the status to put the leads in, or {@code null} for the first working status
     * @return what was created, by uid
     */
    public Map<String, IncomingLeadAcceptance> accept(Collection<String> uids, long userId, Long statusId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("accept", List.copyOf(uids));
        body.put("user_id", userId);
        if (statusId != null) {
            body.put("status_id", statusId);
        }
        String path = PATH + "/accept";
        JsonNode data = checkSuccess(this.account.exchange(AmoRequest.post(path, body)), path)
                .path("data");
        Map<String, IncomingLeadAcceptance> result = new LinkedHashMap<>();
        data.forEachEntry((uid, created) -> result.put(
                uid,
                new IncomingLeadAcceptance(
                        uid,
                        ids(created.path("leads")),
                        ids(created.path("contacts")),
                        ids(created.path("companies")))));
        return result;
    }

    /**
     * Decline requests.
     * @param uids the uids of the requests
     * @param userId the user on whose behalf they are declined
     * @return amoCRM's answer for each uid, by uid
     */
    public Map<String, JsonNode> decline(Collection<String> uids, long userId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("decline", List.copyOf(uids));
        body.put("user_id", userId);
        String path = PATH + "/decline";
        JsonNode data = checkSuccess(this.account.exchange(AmoRequest.post(path, body)), path)
                .path("data");
        Map<String, JsonNode> result = new LinkedHashMap<>();
        data.forEachEntry(result::put);
        return result;
    }

    /**
     * Count the requests by category, optionally in a range of creation times.
     * @param from the start of the range, or {@code null}
     * @param to the end of the range, or {@code null}
     * @return the counts
     */
    public IncomingLeadsSummary summary(Instant from, Instant to) {
        Map<String, Object> range = new LinkedHashMap<>();
        if (from != null) {
            range.put("from", from.getEpochSecond());
        }
        if (to != null) {
            range.put("to", to.getEpochSecond());
        }
        Map<String, Object> params = range.isEmpty() ? Map.of() : Map.of("filter", Map.of("date", range));
        AmoResponse response = this.account.exchange(AmoRequest.get(PATH + "/summary", params));
        return this.context.getJsonMapper().treeToValue(response.body(), IncomingLeadsSummary.class);
    }

    private JsonNode checkSuccess(AmoResponse response, String path) {
        JsonNode body = response.body();
        String status = body.path("status").asString("");
        if (!"success".equalsIgnoreCase(status)) {
            String error = body.path("error").asString(body.path("message").asString(""));
            JsonNode code = body.path("error_code");
            List<Integer> codes = code.canConvertToInt() ? List.of(code.asInt()) : List.of();
            throw new AmoApiException(
                    "amoCRM did not accept POST " + path + " of account " + this.account.accountHost() + " (status '"
                            + status + "'" + (error.isEmpty() ? "" : ": " + error) + ")",
                    this.account.accountHost(),
                    path,
                    response.status(),
                    codes,
                    error.isEmpty() ? null : error);
        }
        return body;
    }

    private static List<Long> ids(JsonNode node) {
        List<Long> ids = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(id -> ids.add(id.asLong()));
        } else if (node.isValueNode() && !node.isNull()) {
            ids.add(node.asLong());
        }
        return ids;
    }

    @Override
    public String toString() {
        return "IncomingLeadOperations[" + this.account.accountHost() + "]";
    }
}
