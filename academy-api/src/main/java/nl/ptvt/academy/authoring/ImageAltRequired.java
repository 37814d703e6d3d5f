package nl.ptvt.academy.authoring;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A course with an image needs its alternative text (WCAG 1.1.1); the violation is reported on {@code imageAlt},
 * so that forms and API clients see which field to fill in.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ImageAltRequired.Validator.class)
public @interface ImageAltRequired {

    String message() default "{academy.course.imageAlt.required}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ImageAltRequired, CourseDetails> {

        @Override
        public boolean isValid(CourseDetails details, ConstraintValidatorContext context) {
            if (details == null || details.imageFileId() == null || (details.imageAlt() != null && !details.imageAlt().isBlank())) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("imageAlt").addConstraintViolation();
            return false;
        }
    }
}
