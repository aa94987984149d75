package io.github.amocrmspring.entity;

import io.github.amocrmspring.client.AmoOperations;
import io.github.amocrmspring.model.Company;
import io.github.amocrmspring.model.EntityType;

/** Reading and saving the companies of one account ({@code /api/v2/companies}). */
public class CompanyOperations extends EntityOperations<Company, CompanyQuery> {

    public CompanyOperations(AmoOperations account, EntityContext context) {
        super(account, context, Company.class, EntityType.COMPANY);
    }
}
