package io.github.amocrmspring.test.server;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/** The account-level records of the fake: users, pipelines, custom fields, catalogs, webhooks, widgets, unsorted. */
final class AccountModel {

    private AccountModel() {}

    /** A user of the account. */
    record User(long id, String name, String login, boolean admin, long groupId) {}

    /** A stage (status) of a pipeline; 142 and 143 are the closing stages every pipeline shares. */
    record Stage(long id, String name, String color, int sort, boolean editable) {}

    /** A pipeline with its stages in order. */
    static final class Pipeline {

        final long id;

        String name;

        int sort;

        boolean main;

        final Map<Long, Stage> stages = new LinkedHashMap<>();

        Pipeline(long id, String name, int sort, boolean main) {
            this.id = id;
            this.name = name;
            this.sort = sort;
            this.main = main;
        }

        /** Returns the first working stage: the one after the unsorted stage. */
        long firstWorkingStageId() {
            return this.stages.values().stream()
                    .filter((stage) -> stage.editable())
                    .findFirst()
                    .map(Stage::id)
                    .orElse(142L);
        }

        long unsortedStageId() {
            return this.stages.values().iterator().next().id();
        }
    }

    /**
     * A custom field definition.
     *
     * @param entityKey {@code contacts}, {@code leads}, {@code companies} or a catalog id
     * @param fieldType amoCRM field type (1 text, 2 numeric, 3 checkbox, 4 select, 5 multiselect, 6 date, 7 url,
     *     8 multitext, 9 textarea, 10 radio button, 11 street address, 13 smart address, 14 birthday, 15 legal
     *     entity)
     * @param code code of a system field ({@code PHONE}, {@code EMAIL}), or {@code null}
     * @param enums enum values by id, for lists and multitext fields
     */
    record CustomField(
            long id,
            String entityKey,
            String name,
            int fieldType,
            String code,
            boolean system,
            int sort,
            Map<Long, String> enums) {

        static final int TEXT = 1;

        static final int NUMERIC = 2;

        static final int CHECKBOX = 3;

        static final int SELECT = 4;

        static final int MULTISELECT = 5;

        static final int DATE = 6;

        static final int URL = 7;

        static final int MULTITEXT = 8;

        static final int TEXTAREA = 9;

        static final int RADIOBUTTON = 10;

        static final int SMART_ADDRESS = 13;

        boolean isList() {
            return this.fieldType == SELECT || this.fieldType == MULTISELECT || this.fieldType == RADIOBUTTON;
        }

        boolean isMultiple() {
            return this.fieldType == MULTITEXT || this.fieldType == MULTISELECT || this.fieldType == SMART_ADDRESS;
        }

        /** Finds an enum by id, or for system fields also by code ({@code WORK}, {@code MOB}). */
        Long enumId(String idOrCode) {
            if (idOrCode == null) {
                return null;
            }
            Long id = Json.parseLong(idOrCode.trim());
            if (id != null && this.enums.containsKey(id)) {
                return id;
            }
            for (Map.Entry<Long, String> entry : this.enums.entrySet()) {
                if (entry.getValue().equalsIgnoreCase(idOrCode.trim())) {
                    return entry.getKey();
                }
            }
            return null;
        }
    }

    /** A catalog (list) of the account. */
    static final class Catalog {

        final long id;

        String name;

        String type = "regular";

        long createdBy;

        long createdAt;

        int sort;

        boolean canAddElements = true;

        boolean canShowInCards = true;

        boolean canLinkMultiple = true;

        Catalog(long id) {
            this.id = id;
        }
    }

    /** A webhook subscription: a URL and the events sent to it. */
    static final class Webhook {

        final long id;

        final String url;

        final Set<String> events = new LinkedHashSet<>();

        Webhook(long id, String url) {
            this.id = id;
            this.url = url;
        }
    }

    /** A widget that can be installed in the account. */
    static final class Widget {

        final long id;

        final String code;

        final String name;

        boolean active;

        ObjectNode settings = Json.object();

        Widget(long id, String code, String name) {
            this.id = id;
            this.code = code;
            this.name = name;
        }
    }

    /** An incoming lead waiting in the unsorted stage. */
    static final class IncomingLead {

        final String uid;

        final String category;

        String sourceName;

        String sourceUid;

        long pipelineId;

        long createdAt;

        ObjectNode info = Json.object();

        ObjectNode entities = Json.object();

        String state = "pending";

        IncomingLead(String uid, String category) {
            this.uid = uid;
            this.category = category;
        }
    }
}
