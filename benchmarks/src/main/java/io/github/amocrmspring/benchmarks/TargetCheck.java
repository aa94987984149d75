package io.github.amocrmspring.benchmarks;

/**
 * One target of the suite and whether this run met it.
 *
 * @param target what is expected, such as {@code export at 300 ms: ratio >= 0.9, zero 429}
 * @param measured what this run measured
 * @param met whether the measurement meets the target; {@code false} as well when it was not measured
 */
public record TargetCheck(String target, String measured, boolean met) {}
