/**
 * A conformance test suite for {@link io.github.amocrmspring.storage.TokenStorage} implementations.
 */
package io.github.amocrmspring.test.storage;
