package io.github.amocrmspring.test.storage;

import io.github.amocrmspring.storage.InMemoryTokenStorage;
import io.github.amocrmspring.storage.TokenStorage;

class InMemoryTokenStorageConformanceTests extends TokenStorageConformanceTests {

    private TokenStorage storage;

    @Override
    protected TokenStorage createStorage() {
        this.storage = new InMemoryTokenStorage();
        return this.storage;
    }

    @Override
    protected TokenStorage createStorageOfAnotherInstance() {
        return this.storage;
    }
}
