package io.github.amocrmspring.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A main class of this module running in a JVM of its own, on the same class path, talked to through its standard
 * input and output line by line; its standard error goes to the suite's.
 */
final class JavaProcess implements AutoCloseable {

    private final String name;

    private final Process process;

    private final BufferedReader output;

    private final PrintWriter input;

    private JavaProcess(String name, Process process) {
        this.name = name;
        this.process = process;
        this.output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.input = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
    }

    /** Start a main class with JVM options and arguments. */
    static JavaProcess start(Class<?> mainClass, List<String> jvmOptions, List<String> arguments) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass.getName());
        command.addAll(arguments);
        Process process = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        return new JavaProcess(mainClass.getSimpleName(), process);
    }

    /** Return the next output line that starts with the given prefix, without it; other lines are echoed. */
    String awaitLine(String prefix) throws IOException {
        String line;
        while ((line = this.output.readLine()) != null) {
            if (line.startsWith(prefix)) {
                return line.substring(prefix.length()).trim();
            }
            System.out.println("[" + this.name + "] " + line);
        }
        throw new IOException(this.name + " ended (exit code " + exitCode() + ") before printing '" + prefix + "'");
    }

    /** Send a line to the process's standard input. */
    void send(String line) {
        this.input.println(line);
    }

    private String exitCode() {
        try {
            return this.process.waitFor(10, TimeUnit.SECONDS) ? String.valueOf(this.process.exitValue()) : "none";
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    @Override
    public void close() throws InterruptedException {
        this.input.close();
        if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
            this.process.destroy();
            this.process.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
