package io.github.amocrmspring.entity;

import io.github.amocrmspring.client.AmoOperations;
import io.github.amocrmspring.model.Contact;
import io.github.amocrmspring.model.EntityType;

/** Reading and saving the contacts of one account ({@code /api/v2/contacts}). */
public class ContactOperations extends EntityOperations<Contact, ContactQuery> {

    public ContactOperations(AmoOperations account, EntityContext context) {
        super(account, context, Contact.class, EntityType.CONTACT);
    }
}
