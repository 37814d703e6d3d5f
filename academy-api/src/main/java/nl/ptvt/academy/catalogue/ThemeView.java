package nl.ptvt.academy.catalogue;

/** A theme of the offer, named in the requested language. */
public record ThemeView(String code, String name) {
}
