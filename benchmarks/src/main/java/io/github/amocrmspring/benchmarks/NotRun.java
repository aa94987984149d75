package io.github.amocrmspring.benchmarks;

/**
 * A scenario that produced no figures, and why.
 *
 * @param scenario the scenario
 * @param reason what stopped it
 */
public record NotRun(String scenario, String reason) {}
