package io.github.amocrmspring.sample.account;

import java.util.List;

/**
 * One page of the account's leads.
 *
 * @param rows the leads on this page
 * @param page the page number, from 1
 * @param hasNext whether a next page exists
 */
public record LeadsPage(List<Row> rows, int page, boolean hasNext) {

    /**
     * A lead in the table.
     * @param id the lead ID
     * @param name the lead name
     * @param price the budget
     * @param stage the pipeline stage name
     * @param contacts the names of the linked contacts
     * @param createdAt when the lead was created, formatted
     */
    public record Row(long id, String name, long price, String stage, String contacts, String createdAt) {}
}
