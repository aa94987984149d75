package io.github.amocrmspring.test.server;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * Parses the dates clients send in {@code If-Modified-Since} and in date filters into Unix seconds.
 *
 * <p>Accepted: Unix seconds; amoCRM's documented {@code D, d M Y H:i:s} in UTC ({@code Mon, 01 Aug 2017 07:07:23
 * UTC}); RFC 1123 with {@code GMT} or a numeric offset; the same without a zone (read as UTC); ISO-8601 date-times;
 * {@code Y-m-d H:i:s}; and the dates {@code d.m.Y} and {@code Y-m-d} (midnight UTC).
 */
final class DateParameters {

    private static final List<DateTimeFormatter> ZONED = List.of(
            DateTimeFormatter.RFC_1123_DATE_TIME,
            DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss xx", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss xxx", Locale.ENGLISH),
            DateTimeFormatter.ISO_OFFSET_DATE_TIME);

    private static final List<DateTimeFormatter> LOCAL = List.of(
            DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ENGLISH),
            DateTimeFormatter.ISO_LOCAL_DATE_TIME);

    private static final List<DateTimeFormatter> DATES =
            List.of(DateTimeFormatter.ofPattern("d.MM.yyyy", Locale.ENGLISH), DateTimeFormatter.ISO_LOCAL_DATE);

    private DateParameters() {}

    /** Returns the date in Unix seconds, or {@code null} when the text is in none of the accepted forms. */
    static Long parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.trim();
        Long seconds = Json.parseLong(trimmed);
        if (seconds != null) {
            return seconds;
        }
        for (String zone : List.of(" UTC", " GMT", " Z")) {
            if (trimmed.endsWith(zone)) {
                trimmed = trimmed.substring(0, trimmed.length() - zone.length()).trim();
                break;
            }
        }
        for (DateTimeFormatter formatter : ZONED) {
            try {
                return OffsetDateTime.parse(trimmed, formatter).toEpochSecond();
            } catch (DateTimeParseException ex) {
                // try the next form
            }
        }
        for (DateTimeFormatter formatter : LOCAL) {
            try {
                return LocalDateTime.parse(trimmed, formatter).toEpochSecond(ZoneOffset.UTC);
            } catch (DateTimeParseException ex) {
                // try the next form
            }
        }
        for (DateTimeFormatter formatter : DATES) {
            try {
                return LocalDate.parse(trimmed, formatter).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
            } catch (DateTimeParseException ex) {
                // try the next form
            }
        }
        return null;
    }
}
