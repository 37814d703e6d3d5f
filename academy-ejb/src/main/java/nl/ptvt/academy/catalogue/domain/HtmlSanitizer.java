package nl.ptvt.academy.catalogue.domain;

/** Makes author-written HTML safe to show to others: only an allow-list of elements and attributes survives. */
public interface HtmlSanitizer {

    String sanitize(String html);
}
