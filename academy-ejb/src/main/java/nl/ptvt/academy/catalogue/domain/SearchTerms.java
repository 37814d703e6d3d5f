package nl.ptvt.academy.catalogue.domain;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words a course is found by, and the words a visitor types, brought to one form: lower case, accents
 * removed ("Bèta" and "beta" are the same word), HTML tags and entities removed. A query word matches a term
 * that starts with it, so "techn" finds "techniek" and "technologie".
 */
public final class SearchTerms {

    static final int MAX_TERM_LENGTH = 64;
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{Nd}]+");

    private SearchTerms() {
    }

    /** The distinct terms of the given texts (title, summary, sanitised description). */
    public static Set<String> of(String... texts) {
        Set<String> terms = new LinkedHashSet<>();
        for (String text : texts) {
            if (text != null) {
                Arrays.stream(NOT_A_WORD.split(normalize(TAG.matcher(text).replaceAll(" "))))
                        .filter(word -> word.length() >= 2)
                        .map(word -> word.length() > MAX_TERM_LENGTH ? word.substring(0, MAX_TERM_LENGTH) : word)
                        .forEach(terms::add);
            }
        }
        return terms;
    }

    /** The words of a query, in term form; empty for a blank query. */
    public static Set<String> ofQuery(String query) {
        Set<String> words = new LinkedHashSet<>();
        if (query != null) {
            Arrays.stream(NOT_A_WORD.split(normalize(query))).filter(word -> !word.isEmpty())
                    .map(word -> word.length() > MAX_TERM_LENGTH ? word.substring(0, MAX_TERM_LENGTH) : word)
                    .forEach(words::add);
        }
        return words;
    }

    static String normalize(String text) {
        String unescaped = text.replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&#64;", "@").replace("&#43;", "+").replace("&#61;", "=");
        return MARKS.matcher(Normalizer.normalize(unescaped, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
