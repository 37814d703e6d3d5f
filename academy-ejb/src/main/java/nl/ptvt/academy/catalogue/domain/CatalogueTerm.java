package nl.ptvt.academy.catalogue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * A search term of a published course, for querying only: {@link CatalogueEntry} writes the rows. Lets the
 * search ask the (term, course_id) primary key directly, which the database answers with one range scan per
 * query word.
 */
@Entity
@Table(name = "catalogue_term")
@IdClass(CatalogueTerm.Key.class)
public class CatalogueTerm {

    @Id
    @Column(length = 64)
    private String term;

    @Id
    @Column(name = "course_id")
    private Long courseId;

    protected CatalogueTerm() {
    }

    /** The composite key (JPA needs a class with a no-argument constructor here, not a record). */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String term;
        private Long courseId;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && Objects.equals(term, that.term) && Objects.equals(courseId, that.courseId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(term, courseId);
        }
    }
}
