package io.github.amocrmspring.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks that every Java example of the documentation is a copy of a tagged region of the compiled sources in
 * {@code io.github.amocrmspring.docs}, so that no example shows code that does not compile.
 *
 * <p>In the sources a region is marked with {@code // tag::name[]} and {@code // end::name[]}; in the Markdown the
 * code block that shows it follows a {@code <!-- snippet: name -->} comment. Every Java block of the documentation
 * must follow such a comment, and every tagged region must be shown somewhere.
 */
class DocumentationSnippetTests {

    private static final Path SOURCES = Path.of("src", "test", "java", "io", "github", "amocrmspring", "docs");

    private static final List<Path> DOCUMENTS = List.of(
            Path.of("..", "README.md"),
            Path.of("..", "docs", "cookbook.md"),
            Path.of("..", "docs", "getting-started.md"),
            Path.of("..", "docs", "configuration.md"),
            Path.of("..", "docs", "migrating-from-php.md"),
            Path.of("..", "docs", "testing.md"),
            Path.of("..", "docs", "production.md"),
            Path.of("..", "docs", "security.md"),
            Path.of("..", "docs", "limitations.md"));

    private static final Pattern TAG = Pattern.compile("^\\s*// tag::([a-z0-9-]+)\\[]\\s*$");

    private static final Pattern END = Pattern.compile("^\\s*// end::([a-z0-9-]+)\\[]\\s*$");

    private static final Pattern SNIPPET = Pattern.compile("^<!-- snippet: ([a-z0-9-]+) -->$");

    private static Map<String, String> regions;

    private static List<Block> blocks;

    @BeforeAll
    static void read() throws IOException {
        regions = readRegions();
        blocks = new ArrayList<>();
        for (Path document : DOCUMENTS) {
            if (Files.exists(document)) {
                blocks.addAll(readBlocks(document));
            }
        }
    }

    @Test
    void shouldFindTheDocumentationAndTheSources() {
        assertThat(Path.of("..", "docs", "cookbook.md")).exists();
        assertThat(regions).isNotEmpty();
    }

    @Test
    void shouldShowEachSnippetExactlyAsCompiled() {
        List<String> differences = new ArrayList<>();
        for (Block block : blocks) {
            if (block.snippet() == null) {
                continue;
            }
            String region = regions.get(block.snippet());
            if (region == null) {
                differences.add(block.where() + ": no region tagged '" + block.snippet() + "' in the sources");
            } else if (!region.equals(block.code())) {
                differences.add(block.where() + ": snippet '" + block.snippet() + "' differs from the sources;"
                        + " expected:\n" + region);
            }
        }
        assertThat(differences).isEmpty();
    }

    @Test
    void shouldShowOnlyCompiledJava() {
        List<String> unchecked = blocks.stream()
                .filter(block -> block.language().equals("java") && block.snippet() == null)
                .map(Block::where)
                .toList();
        assertThat(unchecked)
                .as("Java blocks without a <!-- snippet: name --> comment before them")
                .isEmpty();
    }

    @Test
    void shouldShowEveryTaggedRegion() {
        Set<String> shown = new LinkedHashSet<>();
        blocks.forEach(block -> shown.add(block.snippet()));
        List<String> notShown =
                regions.keySet().stream().filter(name -> !shown.contains(name)).toList();
        assertThat(notShown).as("tagged regions that no document shows").isEmpty();
    }

    private static Map<String, String> readRegions() throws IOException {
        Map<String, String> result = new LinkedHashMap<>();
        List<Path> sources;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            sources = files.filter(file -> file.toString().endsWith(".java")).toList();
        }
        for (Path source : sources) {
            Map<String, List<String>> open = new LinkedHashMap<>();
            for (String line : Files.readAllLines(source)) {
                Matcher tag = TAG.matcher(line);
                Matcher end = END.matcher(line);
                if (tag.matches()) {
                    open.put(tag.group(1), new ArrayList<>());
                } else if (end.matches()) {
                    List<String> lines = open.remove(end.group(1));
                    assertThat(lines)
                            .as("end of an unopened region in " + source + ": " + line)
                            .isNotNull();
                    assertThat(result.put(end.group(1), dedent(lines)))
                            .as("region tagged twice: " + end.group(1))
                            .isNull();
                } else {
                    open.values().forEach(lines -> lines.add(line));
                }
            }
            assertThat(open).as("regions never closed in " + source).isEmpty();
        }
        return result;
    }

    private static List<Block> readBlocks(Path document) throws IOException {
        List<String> lines = Files.readAllLines(document);
        List<Block> result = new ArrayList<>();
        String snippet = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher marker = SNIPPET.matcher(line.trim());
            if (marker.matches()) {
                snippet = marker.group(1);
            } else if (line.startsWith("```") && line.length() > 3) {
                int start = i;
                List<String> code = new ArrayList<>();
                for (i++; i < lines.size() && !lines.get(i).startsWith("```"); i++) {
                    code.add(lines.get(i));
                }
                String where = document.getFileName() + ":" + (start + 1);
                result.add(new Block(where, line.substring(3).trim(), snippet, String.join("\n", code)));
                snippet = null;
            } else if (!line.isBlank()) {
                snippet = null;
            }
        }
        return result;
    }

    private static String dedent(List<String> lines) {
        int indent = lines.stream()
                .filter(line -> !line.isBlank())
                .mapToInt(line -> line.length() - line.stripLeading().length())
                .min()
                .orElse(0);
        List<String> result = new ArrayList<>();
        for (String line : lines) {
            result.add(line.isBlank() ? "" : line.substring(indent));
        }
        return String.join("\n", result);
    }

    private record Block(String where, String language, String snippet, String code) {}
}
