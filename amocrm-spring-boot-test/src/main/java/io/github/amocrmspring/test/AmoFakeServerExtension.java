package io.github.amocrmspring.test;

import io.github.amocrmspring.test.server.AmoFakeServer;
import io.github.amocrmspring.test.server.FakeAccount;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension that runs a fake amoCRM server for a test class.
 *
 * <p>Register it on a static field to start the server once for the class (or on an instance field for one server
 * per test); test methods can also take the {@link AmoFakeServer} as a parameter:
 *
 * <pre>{@code
 * @RegisterExtension
 * static AmoFakeServerExtension amo = AmoFakeServerExtension.create().resetBeforeEachTest();
 *
 * @Test
 * void listsLeads() {
 *     amo.account().seedLeads(10);
 *     String baseUrl = amo.server().baseUrlTemplate();
 * }
 * }</pre>
 */
public final class AmoFakeServerExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

    private final AmoFakeServer.Builder builder;

    private boolean resetBeforeEachTest;

    private AmoFakeServer server;

    private boolean startedForClass;

    private AmoFakeServerExtension(AmoFakeServer.Builder builder) {
        this.builder = builder;
    }

    /** Creates an extension for a server with the default account {@value AmoFakeServer#DEFAULT_ACCOUNT}. */
    public static AmoFakeServerExtension create() {
        return new AmoFakeServerExtension(AmoFakeServer.builder());
    }

    /** Creates an extension for a server configured by a builder (accounts, limits, demo data). */
    public static AmoFakeServerExtension of(AmoFakeServer.Builder builder) {
        return new AmoFakeServerExtension(builder);
    }

    /** Resets the server's state before each test (see {@link AmoFakeServer#reset()}). */
    public AmoFakeServerExtension resetBeforeEachTest() {
        this.resetBeforeEachTest = true;
        return this;
    }

    /** Returns the running server. */
    public AmoFakeServer server() {
        if (this.server == null) {
            throw new IllegalStateException("The fake amoCRM server runs only while a test of the class runs");
        }
        return this.server;
    }

    /** Returns the server's default account. */
    public FakeAccount account() {
        return server().defaultAccount();
    }

    /** Returns the base URL template for clients, {@code http://127.0.0.1:<port>/{host}}. */
    public String baseUrlTemplate() {
        return server().baseUrlTemplate();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        this.server = this.builder.build().start();
        this.startedForClass = true;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (this.server == null) {
            this.server = this.builder.build().start();
        } else if (this.resetBeforeEachTest) {
            this.server.reset();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (!this.startedForClass && this.server != null) {
            this.server.close();
            this.server = null;
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (this.server != null) {
            this.server.close();
            this.server = null;
        }
        this.startedForClass = false;
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == AmoFakeServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return server();
    }
}
