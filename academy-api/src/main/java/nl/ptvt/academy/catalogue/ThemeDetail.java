package nl.ptvt.academy.catalogue;

/** A theme with both its names and its place in the lists (from 1). */
public record ThemeDetail(String code, String nameNl, String nameEn, int position) {
}
