/**
 * JUnit 5 and Spring test support for the fake amoCRM server:
 * {@link io.github.amocrmspring.test.AmoFakeServerExtension}
 * and {@link io.github.amocrmspring.test.AutoConfigureAmoFakeServer}.
 */
package io.github.amocrmspring.test;
