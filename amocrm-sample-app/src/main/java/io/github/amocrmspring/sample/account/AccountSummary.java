package io.github.amocrmspring.sample.account;

import java.util.List;

/**
 * What the account page shows about an account.
 *
 * @param host the account host
 * @param id the account ID
 * @param name the account name
 * @param currency the account currency, if known
 * @param users the account's users
 * @param pipelines the account's lead pipelines, main first
 */
public record AccountSummary(
        String host, long id, String name, String currency, List<User> users, List<Pipeline> pipelines) {

    /**
     * A user of the account.
     * @param id the user ID
     * @param name the full name
     * @param login the login, usually an e-mail address
     * @param admin whether the user is an administrator
     */
    public record User(long id, String name, String login, boolean admin) {}

    /**
     * Returns the name of a pipeline stage.
     * @param stageId the stage ID, as leads carry it in {@code status_id}
     * @return the stage name, or an empty string for an unknown stage
     */
    public String stageName(long stageId) {
        return this.pipelines.stream()
                .flatMap((pipeline) -> pipeline.stages().stream())
                .filter((stage) -> stage.id() == stageId)
                .map(Stage::name)
                .findFirst()
                .orElse("");
    }

    /**
     * A lead pipeline.
     * @param id the pipeline ID
     * @param name the pipeline name
     * @param main whether it is the main pipeline
     * @param stages the stages, in order
     */
    public record Pipeline(long id, String name, boolean main, List<Stage> stages) {

        /**
         * Returns the stage names, in order.
         * @return the names
         */
        public List<String> stageNames() {
            return this.stages.stream().map(Stage::name).toList();
        }
    }

    /**
     * A stage of a pipeline.
     * @param id the stage ID
     * @param name the stage name
     */
    public record Stage(long id, String name) {}
}
