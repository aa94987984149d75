package io.github.amocrmspring.autoconfigure;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Duration;

/**
 * Constrains a {@link Duration} property to a range, both ends included; {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = DurationRange.Validator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface DurationRange {

    /** Smallest allowed value, as an ISO-8601 duration such as {@code PT0S}. */
    String min() default "PT0S";

    /** Largest allowed value, as an ISO-8601 duration such as {@code PT1H}. */
    String max() default "P3650D";

    /** Message of a violation. */
    String message() default "must be between {min} and {max} (ISO-8601 durations)";

    /** Validation groups. */
    Class<?>[] groups() default {};

    /** Payload. */
    Class<? extends Payload>[] payload() default {};

    /** Checks a {@link Duration} against a {@link DurationRange}. */
    class Validator implements ConstraintValidator<DurationRange, Duration> {

        private Duration min;

        private Duration max;

        @Override
        public void initialize(DurationRange range) {
            this.min = Duration.parse(range.min());
            this.max = Duration.parse(range.max());
        }

        @Override
        public boolean isValid(Duration value, ConstraintValidatorContext context) {
            return value == null || (value.compareTo(this.min) >= 0 && value.compareTo(this.max) <= 0);
        }
    }
}
