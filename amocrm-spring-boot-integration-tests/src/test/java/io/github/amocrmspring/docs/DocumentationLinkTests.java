package io.github.amocrmspring.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Checks that the relative links of the documentation lead to files and headings that exist. */
class DocumentationLinkTests {

    private static final Path ROOT = Path.of("..");

    private static final List<Path> DOCUMENTS = List.of(
            Path.of("README.md"),
            Path.of("docs", "cookbook.md"),
            Path.of("docs", "getting-started.md"),
            Path.of("docs", "configuration.md"),
            Path.of("docs", "migrating-from-php.md"),
            Path.of("docs", "testing.md"),
            Path.of("docs", "production.md"),
            Path.of("docs", "security.md"),
            Path.of("docs", "limitations.md"));

    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

    @Test
    void shouldLinkOnlyToFilesAndHeadingsThatExist() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path document : DOCUMENTS) {
            Path file = ROOT.resolve(document);
            List<String> lines = readOutsideCode(file);
            for (String line : lines) {
                Matcher link = LINK.matcher(line);
                while (link.find()) {
                    String target = link.group(1);
                    if (target.matches("[a-z]+:.*")) {
                        continue;
                    }
                    int hash = target.indexOf('#');
                    String path = (hash >= 0) ? target.substring(0, hash) : target;
                    String anchor = (hash >= 0) ? target.substring(hash + 1) : null;
                    Path linked = path.isEmpty()
                            ? file
                            : file.getParent().resolve(path).normalize();
                    if (!Files.exists(linked)) {
                        broken.add(document + ": " + target + " (no such file)");
                    } else if (anchor != null && !headings(linked).contains(anchor)) {
                        broken.add(document + ": " + target + " (no such heading)");
                    }
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    private static Set<String> headings(Path file) throws IOException {
        Set<String> slugs = new LinkedHashSet<>();
        for (String line : readOutsideCode(file)) {
            if (line.startsWith("#")) {
                String title = line.replaceFirst("^#+\\s*", "").toLowerCase(Locale.ROOT);
                slugs.add(title.replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'));
            }
        }
        return slugs;
    }

    private static List<String> readOutsideCode(Path file) throws IOException {
        List<String> result = new ArrayList<>();
        boolean inCode = false;
        for (String line : Files.readAllLines(file)) {
            if (line.startsWith("```")) {
                inCode = !inCode;
            } else if (!inCode) {
                result.add(line);
            }
        }
        return result;
    }
}
