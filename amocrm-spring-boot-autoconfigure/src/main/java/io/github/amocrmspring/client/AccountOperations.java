package io.github.amocrmspring.client;

/** The {@link AmoOperations} of one account, built on its {@link AmoAccountClient}. */
final class AccountOperations implements AmoOperations {

    private final AmoAccountClient client;

    AccountOperations(AmoAccountClient client) {
        this.client = client;
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
    public String toString() {
        return "AmoOperations[" + accountHost() + "]";
    }
}
