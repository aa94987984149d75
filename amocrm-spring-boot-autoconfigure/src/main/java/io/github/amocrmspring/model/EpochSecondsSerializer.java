package io.github.amocrmspring.model;

import java.time.Instant;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/** Writes an {@link Instant} as the Unix seconds that amoCRM expects. */
final class EpochSecondsSerializer extends ValueSerializer<Instant> {

    @Override
    public void serialize(Instant value, JsonGenerator generator, SerializationContext context)
            throws JacksonException {
        generator.writeNumber(value.getEpochSecond());
    }
}
