package io.github.amocrmspring.model;

import java.time.Instant;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads an amoCRM timestamp into an {@link Instant}.
 *
 * <p>amoCRM sends Unix seconds, as a number or a numeric string; a few answers carry milliseconds, recognised by
 * their size. An empty string or {@code false} reads as no value.
 */
final class EpochSecondsDeserializer extends ValueDeserializer<Instant> {

    private static final long MILLISECONDS_THRESHOLD = 100_000_000_000L;

    @Override
    public Instant deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT) {
            return toInstant(parser.getLongValue());
        }
        if (token == JsonToken.VALUE_NUMBER_FLOAT) {
            return toInstant((long) parser.getDoubleValue());
        }
        if (token == JsonToken.VALUE_STRING) {
            String text = parser.getString().trim();
            if (text.isEmpty()) {
                return null;
            }
            try {
                return toInstant(Long.parseLong(text));
            } catch (NumberFormatException ex) {
                return (Instant) context.handleWeirdStringValue(Instant.class, text, "not a Unix timestamp");
            }
        }
        if (token == JsonToken.VALUE_FALSE || token == JsonToken.VALUE_NULL) {
            return null;
        }
        return (Instant) context.handleUnexpectedToken(Instant.class, parser);
    }

    static Instant toInstant(long value) {
        return (Math.abs(value) >= MILLISECONDS_THRESHOLD) ? Instant.ofEpochMilli(value) : Instant.ofEpochSecond(value);
    }
}
