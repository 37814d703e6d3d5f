package nl.ptvt.academy.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Translated names of enum values: the key is the enum's simple name with a lower-case first letter, a dot and
 * the constant ({@code role.ADMIN}, {@code province.NH}, {@code organisationType.MBO}).
 */
@Named("labels")
@ApplicationScoped
public class Labels {

    public String of(Enum<?> value) {
        if (value == null) {
            return "";
        }
        String type = value.getDeclaringClass().getSimpleName();
        String key = Character.toLowerCase(type.charAt(0)) + type.substring(1) + "." + value.name();
        return Texts.textOr(key, value.name());
    }

    public String all(Collection<? extends Enum<?>> values) {
        return values.stream().map(this::of).collect(Collectors.joining(", "));
    }
}
