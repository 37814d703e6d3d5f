package nl.ptvt.academy.catalogue.domain;

import java.util.function.Predicate;

/** A course's address in the catalogue, from its title: "Bèta&TechMentality in de klas" → "beta-techmentality-in-de-klas". */
public final class Slugs {

    static final int MAX_LENGTH = 100;

    private Slugs() {
    }

    /** The slug of the title, with -2, -3, … added when it is taken. */
    public static String unique(String title, Predicate<String> taken) {
        String base = of(title);
        String slug = base;
        for (int suffix = 2; taken.test(slug); suffix++) {
            slug = base + "-" + suffix;
        }
        return slug;
    }

    static String of(String title) {
        String slug = SearchTerms.normalize(title).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "cursus" : slug;
    }
}
