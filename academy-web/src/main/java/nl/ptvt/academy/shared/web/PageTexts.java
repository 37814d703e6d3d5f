package nl.ptvt.academy.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * Bundle texts with values filled in, for pages that need them as an attribute or a parameter (where
 * {@code h:outputFormat} cannot go): {@code #{texts.format('progress.lessons', done, required)}}.
 */
@Named("texts")
@ApplicationScoped
public class PageTexts {

    public String format(String key, Object value) {
        return Texts.text(key, value);
    }

    public String format(String key, Object first, Object second) {
        return Texts.text(key, first, second);
    }
}
