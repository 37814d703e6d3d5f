package nl.ptvt.academy.catalogue.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import nl.ptvt.academy.catalogue.Audience;
import nl.ptvt.academy.catalogue.CourseFormat;
import nl.ptvt.academy.catalogue.ProgrammeLine;

/**
 * A published course as the catalogue searches it: its filters, its sort key and its search terms, written
 * when the course is published and removed when it is archived.
 */
@Entity
@Table(name = "catalogue_entry")
@Cacheable(false)
public class CatalogueEntry {

    @Id
    @Column(name = "course_id")
    private Long courseId;

    @Column(name = "title_key", nullable = false, length = 200)
    private String titleKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CourseFormat format;

    @Column(name = "theme_code", length = 40)
    private String themeCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "programme_line", length = 24)
    private ProgrammeLine programmeLine;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @ElementCollection
    @CollectionTable(name = "catalogue_audience", joinColumns = @JoinColumn(name = "course_id"))
    @Column(name = "audience", nullable = false, length = 24)
    @Enumerated(EnumType.STRING)
    private Set<Audience> audiences = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "catalogue_term", joinColumns = @JoinColumn(name = "course_id"))
    @Column(name = "term", nullable = false, length = 64)
    private Set<String> terms = new HashSet<>();

    protected CatalogueEntry() {
    }

    public CatalogueEntry(long courseId) {
        this.courseId = courseId;
    }

    /** Shows the given version in the catalogue. */
    public void show(CourseVersion version, Instant now) {
        CourseContent content = version.content();
        titleKey = SearchTerms.normalize(content.title()).strip();
        if (titleKey.length() > 200) {
            titleKey = titleKey.substring(0, 200);
        }
        format = content.format();
        themeCode = content.themeCode();
        programmeLine = content.programmeLine();
        publishedAt = now;
        audiences.clear();
        audiences.addAll(content.audiences());
        terms.clear();
        terms.addAll(SearchTerms.of(content.title(), content.summary(), content.description()));
    }

    public Long courseId() {
        return courseId;
    }

    public Set<String> terms() {
        return Set.copyOf(terms);
    }
}
