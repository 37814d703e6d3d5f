package nl.ptvt.academy.shared.infrastructure;

/** Small helpers for building JPQL queries safely. */
public final class Jpql {

    private Jpql() {
    }

    /** A LIKE pattern that finds {@code text} anywhere, with the wildcards a user typed taken literally. */
    public static String containsPattern(String text) {
        String escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
