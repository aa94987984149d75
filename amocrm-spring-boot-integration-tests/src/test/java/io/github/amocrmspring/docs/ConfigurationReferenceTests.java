package io.github.amocrmspring.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.util.ClassUtils;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks the configuration reference ({@code docs/configuration.md}) against the configuration metadata that the
 * Spring Boot configuration processor generates from the properties classes, and against the defaults of those
 * classes, so that the reference cannot drift from the code.
 */
class ConfigurationReferenceTests {

    private static final Path REFERENCE = Path.of("..", "docs", "configuration.md");

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

    private static final String METADATA = "META-INF/spring-configuration-metadata.json";

    private static final Pattern MAP_KEY = Pattern.compile("(.+)\\.<name>\\.([a-z0-9-]+)");

    private static final String NO_DEFAULT = "none";

    private static final ConversionService conversion = ApplicationConversionService.getSharedInstance();

    private static Map<String, JsonNode> metadata;

    private static Map<String, Row> reference;

    @BeforeAll
    static void read() throws IOException {
        metadata = readMetadata();
        reference = readReference();
    }

    @Test
    void shouldFindTheMetadataOfTheStarter() {
        assertThat(metadata).containsKeys("amocrm.domain", "amocrm.base-url");
    }

    @Test
    void shouldDocumentEveryKeyOfTheMetadata() {
        List<String> missing =
                metadata.keySet().stream().filter(key -> !isDocumented(key)).toList();
        assertThat(missing)
                .as("keys in the configuration metadata but not in docs/configuration.md")
                .isEmpty();
    }

    @Test
    void shouldDocumentOnlyKeysThatExist() {
        List<String> unknown =
                reference.keySet().stream().filter(key -> resolve(key) == null).toList();
        assertThat(unknown)
                .as("keys in docs/configuration.md that no properties class has")
                .isEmpty();
    }

    @Test
    void shouldDocumentTheTypeOfEveryKey() {
        List<String> mismatches = new ArrayList<>();
        reference.forEach((key, row) -> {
            Property property = resolve(key);
            if (property != null && !row.type().equals(property.documentedType())) {
                mismatches.add(key + ": documented as '" + row.type() + "', is '" + property.documentedType() + "'");
            }
        });
        assertThat(mismatches).as("types in docs/configuration.md").isEmpty();
    }

    @Test
    void shouldDocumentTheDefaultOfEveryKey() {
        List<String> mismatches = new ArrayList<>();
        reference.forEach((key, row) -> {
            Property property = resolve(key);
            if (property == null) {
                return;
            }
            Object documented = NO_DEFAULT.equals(row.defaultValue()) ? null : property.convert(row.defaultValue());
            if (!Objects.equals(documented, property.defaultValue())) {
                mismatches.add(key + ": documented default '" + row.defaultValue() + "', is '" + property.defaultValue()
                        + "'");
            }
            if (property.metadataDefault() != null
                    && !Objects.equals(property.convert(property.metadataDefault()), documented)) {
                mismatches.add(key + ": documented default '" + row.defaultValue() + "', metadata says '"
                        + property.metadataDefault() + "'");
            }
        });
        assertThat(mismatches).as("defaults in docs/configuration.md").isEmpty();
    }

    @Test
    void shouldDescribeEveryKey() {
        List<String> undescribed = reference.values().stream()
                .filter(row -> row.description().isBlank())
                .map(Row::key)
                .toList();
        assertThat(undescribed).as("keys without a description").isEmpty();
    }

    @Test
    void shouldUseOnlyExistingKeysInTheExamples() throws IOException {
        List<String> unknown = new ArrayList<>();
        for (Path document : DOCUMENTS) {
            for (String block : yamlBlocks(document)) {
                flatten("", new Yaml().load(block), unknown);
            }
        }
        unknown.removeIf(key -> !key.startsWith("amocrm.") || resolveExampleKey(key) != null);
        assertThat(unknown)
                .as("amocrm.* keys in YAML examples of the documentation that do not exist")
                .isEmpty();
    }

    private static Property resolveExampleKey(String key) {
        for (String mapKey : metadata.keySet()) {
            if (metadata.get(mapKey).path("type").asString().startsWith("java.util.Map<")
                    && key.startsWith(mapKey + ".")) {
                String rest = key.substring(mapKey.length() + 1);
                int dot = rest.indexOf('.');
                return (dot > 0) ? resolve(mapKey + ".<name>." + rest.substring(dot + 1)) : null;
            }
        }
        return resolve(key);
    }

    @SuppressWarnings("unchecked")
    private static void flatten(String prefix, Object node, List<String> keys) {
        if (node instanceof Map<?, ?> map) {
            map.forEach(
                    (name, value) -> flatten(prefix.isEmpty() ? name.toString() : prefix + "." + name, value, keys));
        } else if (!prefix.isEmpty()) {
            keys.add(prefix);
        }
    }

    private static List<String> yamlBlocks(Path document) throws IOException {
        List<String> blocks = new ArrayList<>();
        if (!Files.exists(document)) {
            return blocks;
        }
        List<String> lines = Files.readAllLines(document);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).equals("```yaml")) {
                StringBuilder block = new StringBuilder();
                for (i++; i < lines.size() && !lines.get(i).startsWith("```"); i++) {
                    block.append(lines.get(i)).append('\n');
                }
                blocks.add(block.toString());
            }
        }
        return blocks;
    }

    private static boolean isDocumented(String metadataKey) {
        if (reference.containsKey(metadataKey)) {
            return true;
        }
        return reference.keySet().stream()
                .map(MAP_KEY::matcher)
                .anyMatch(matcher -> matcher.matches() && matcher.group(1).equals(metadataKey));
    }

    /** Find the property a documented key stands for, or {@code null} when there is none. */
    private static Property resolve(String key) {
        Matcher mapKey = MAP_KEY.matcher(key);
        if (mapKey.matches()) {
            JsonNode map = metadata.get(mapKey.group(1));
            if (map == null) {
                return null;
            }
            String type = map.path("type").asString();
            String valueType = type.substring(type.lastIndexOf(',') + 1, type.length() - 1);
            return Property.of(valueType, mapKey.group(2), null);
        }
        JsonNode node = metadata.get(key);
        if (node == null) {
            return null;
        }
        String metadataDefault = node.has("defaultValue") ? text(node.get("defaultValue")) : null;
        return Property.of(
                node.path("sourceType").asString(), key.substring(key.lastIndexOf('.') + 1), metadataDefault);
    }

    private static String text(JsonNode value) {
        if (value.isArray()) {
            List<String> parts = new ArrayList<>();
            value.forEach(element -> parts.add(element.asString()));
            return String.join(",", parts);
        }
        return value.asString();
    }

    private static Map<String, JsonNode> readMetadata() throws IOException {
        JsonMapper mapper = JsonMapper.builder().build();
        Map<String, JsonNode> properties = new LinkedHashMap<>();
        Enumeration<URL> resources =
                ConfigurationReferenceTests.class.getClassLoader().getResources(METADATA);
        while (resources.hasMoreElements()) {
            try (InputStream in = resources.nextElement().openStream()) {
                for (JsonNode property : mapper.readTree(in).path("properties")) {
                    String name = property.path("name").asString();
                    if (name.startsWith("amocrm.") && !property.has("deprecation")) {
                        properties.put(name, property);
                    }
                }
            }
        }
        return properties;
    }

    /** Read the rows of the tables of the reference whose first cell is an {@code amocrm.*} key. */
    private static Map<String, Row> readReference() throws IOException {
        assertThat(REFERENCE).as("the configuration reference").exists();
        Map<String, Row> rows = new LinkedHashMap<>();
        for (String line : Files.readAllLines(REFERENCE)) {
            if (!line.startsWith("| `amocrm.")) {
                continue;
            }
            String[] cells = line.substring(1, line.lastIndexOf('|')).split("(?<!\\\\)\\|");
            assertThat(cells).as("cells of row: " + line).hasSize(4);
            Row row = new Row(
                    unquote(cells[0]),
                    unquote(cells[1]),
                    unquote(cells[2]),
                    cells[3].trim().replace("\\|", "|"));
            assertThat(rows.put(row.key(), row))
                    .as("row documented twice: " + row.key())
                    .isNull();
        }
        return rows;
    }

    private static String unquote(String cell) {
        return cell.trim().replace("`", "").replace("\\|", "|");
    }

    private record Row(String key, String type, String defaultValue, String description) {}

    /** A property of a properties class, with its type and default read from a fresh instance. */
    private record Property(
            Class<?> owner, String name, TypeDescriptor type, Object defaultValue, String metadataDefault) {

        static Property of(String ownerName, String kebabName, String metadataDefault) {
            try {
                Class<?> owner = ClassUtils.forName(ownerName, ConfigurationReferenceTests.class.getClassLoader());
                BeanWrapper wrapper = PropertyAccessorFactory.forBeanPropertyAccess(BeanUtils.instantiateClass(owner));
                String name = camelCase(kebabName);
                if (!wrapper.isReadableProperty(name)) {
                    return null;
                }
                return new Property(
                        owner,
                        name,
                        wrapper.getPropertyTypeDescriptor(name),
                        wrapper.getPropertyValue(name),
                        metadataDefault);
            } catch (ClassNotFoundException ex) {
                throw new IllegalStateException("Properties class " + ownerName + " not found", ex);
            }
        }

        Object convert(String text) {
            if (this.type.getType().isEnum()) {
                text = text.toUpperCase(Locale.ROOT).replace('-', '_');
            }
            return conversion.convert(text, TypeDescriptor.valueOf(String.class), this.type);
        }

        /**
         * Return the type as the reference writes it: the simple name, primitives for numbers and booleans, and
         * the values of an enum.
         */
        String documentedType() {
            Class<?> type = ClassUtils.resolvePrimitiveIfNecessary(this.type.getType());
            if (type.isEnum()) {
                return "enum: "
                        + Arrays.stream(type.getEnumConstants())
                                .map(constant -> ((Enum<?>) constant)
                                        .name()
                                        .toLowerCase(Locale.ROOT)
                                        .replace('_', '-'))
                                .collect(Collectors.joining(", "));
            }
            String simple = switch (type.getSimpleName()) {
                case "Boolean" -> "boolean";
                case "Integer" -> "int";
                case "Long" -> "long";
                case "Double" -> "double";
                default -> type.getSimpleName();
            };
            if (this.type.isCollection() && this.type.getElementTypeDescriptor() != null) {
                return simple + "<"
                        + this.type.getElementTypeDescriptor().getType().getSimpleName() + ">";
            }
            return simple;
        }

        private static String camelCase(String kebab) {
            StringBuilder result = new StringBuilder();
            boolean upper = false;
            for (char c : kebab.toCharArray()) {
                if (c == '-') {
                    upper = true;
                } else {
                    result.append(upper ? Character.toUpperCase(c) : c);
                    upper = false;
                }
            }
            return result.toString();
        }
    }
}
