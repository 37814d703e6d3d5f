package nl.ptvt.academy.catalogue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the publication history of a course, kept for audit: who did what to which version, when. */
@Entity
@Table(name = "course_publication")
public class PublicationEntry {

    public enum Action { PUBLISHED, ARCHIVED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id")
    private Course course;

    @Column(name = "version_number", nullable = false)
    private int versionNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Action action;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "happened_at", nullable = false)
    private Instant happenedAt;

    protected PublicationEntry() {
    }

    PublicationEntry(Course course, int versionNumber, Action action, long accountId, Instant happenedAt) {
        this.course = course;
        this.versionNumber = versionNumber;
        this.action = action;
        this.accountId = accountId;
        this.happenedAt = happenedAt;
    }

    public int versionNumber() {
        return versionNumber;
    }

    public Action action() {
        return action;
    }

    public long accountId() {
        return accountId;
    }

    public Instant happenedAt() {
        return happenedAt;
    }
}
