package io.github.amocrmspring.entity;

import io.github.amocrmspring.client.AmoOperations;
import io.github.amocrmspring.model.EntityType;
import io.github.amocrmspring.model.Lead;

/** Reading and saving the leads of one account ({@code /api/v2/leads}). */
public class LeadOperations extends EntityOperations<Lead, LeadQuery> {

    public LeadOperations(AmoOperations account, EntityContext context) {
        super(account, context, Lead.class, EntityType.LEAD);
    }
}
