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

    /** A file size for people: bytes, kB or MB (1024-based), in the page's language. */
    public String fileSize(Long bytes) {
        if (bytes == null) {
            return "";
        }
        if (bytes < 1024) {
            return Texts.text("file.size.bytes", bytes);
        }
        if (bytes < 1024 * 1024) {
            return Texts.text("file.size.kb", Math.max(1, Math.round(bytes / 1024.0)));
        }
        return Texts.text("file.size.mb", bytes / (1024.0 * 1024.0));
    }

    public String all(Collection<? extends Enum<?>> values) {
        return values.stream().map(this::of).collect(Collectors.joining(", "));
    }
}
