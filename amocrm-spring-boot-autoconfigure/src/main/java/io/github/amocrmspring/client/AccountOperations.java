package io.github.amocrmspring.client;

import io.github.amocrmspring.entity.EntityContext;

/** The {@link AmoOperations} of one account, built on its {@link AmoAccountClient}. */
final class AccountOperations implements AmoOperations {

    private final AmoAccountClient client;

    private final EntityContext entityContext;

    AccountOperations(AmoAccountClient client, EntityContext entityContext) {
        this.client = client;
        this.entityContext = entityContext;
    }

    @Override
    public String accountHost() {
        return this.client.getAccountHost();
    }

    @Override
    public AmoAccountClient client() {
        return this.client;
    }

    @Override
    public EntityContext entityContext() {
        return this.entityContext;
    }

    @Override
    public String toString() {
        return "AmoOperations[" + accountHost() + "]";
    }
}
