package io.github.amocrmspring.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes the figures of a run as JSON, for tools that compare runs. */
public final class JsonReport {

    private final JsonMapper mapper =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** Write the figures of a run to a file. */
    public void write(BenchmarkResults results, Path file) throws IOException {
        Files.writeString(file, this.mapper.writeValueAsString(results) + "\n");
    }
}
