/**
 * A stateful fake of the amoCRM REST API v2 that runs in-process:
 * {@link io.github.amocrmspring.test.server.AmoFakeServer}.
 * It has no dependency on JUnit or Spring and can run on its own
 * ({@link io.github.amocrmspring.test.server.AmoFakeServerApplication}).
 */
package io.github.amocrmspring.test.server;
