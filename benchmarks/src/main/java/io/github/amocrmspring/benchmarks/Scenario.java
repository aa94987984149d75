package io.github.amocrmspring.benchmarks;

/** One scenario of the suite: it measures something and records its figures. */
interface Scenario {

    /** Return the name the scenario is reported under, such as {@code export}. */
    String name();

    /** Run the scenario and record its figures; an exception marks it as not run, with the exception's message. */
    void run(Figures figures) throws Exception;
}
