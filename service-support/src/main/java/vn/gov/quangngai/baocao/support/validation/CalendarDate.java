package vn.gov.quangngai.baocao.support.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * A day written YYYY-MM-DD that is on the calendar: a pattern alone lets 2021-02-30 through, to
 * fail later as a server error. Null is valid (say {@code @NotNull} where a day is required).
 */
@Documented
@Constraint(validatedBy = CalendarDate.Validator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface CalendarDate {

    String message() default "{baocao.date.pattern}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks with {@link LocalDate#parse(CharSequence)}, whose ISO format resolves strictly. */
    class Validator implements ConstraintValidator<CalendarDate, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            try {
                LocalDate.parse(value);
                return true;
            } catch (DateTimeParseException notADay) {
                return false;
            }
        }
    }
}
