package nl.ptvt.academy.catalogue.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.ptvt.academy.catalogue.CourseStatus;
import nl.ptvt.academy.catalogue.EnrolmentApproval;
import nl.ptvt.academy.shared.BusinessRuleException;

/**
 * A course of the Academy's offer, with its versions. The versioning rule lives here:
 * <ul>
 * <li>authors change only the draft version; when the course is published, the first change makes a new draft
 * from the latest version, and the catalogue keeps showing the published one;</li>
 * <li>publishing the draft makes it the catalogue's version; the version it replaces becomes SUPERSEDED but is
 * kept, unchanged, so that learners enrolled on it can finish it;</li>
 * <li>archiving takes the course out of the catalogue; editing and publishing again brings it back.</li>
 * </ul>
 */
@Entity
@Table(name = "course")
@Cacheable(false)
public class Course {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 120, unique = true)
    private String slug;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CourseStatus status;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "course_author", joinColumns = @JoinColumn(name = "course_id"))
    @Column(name = "account_id", nullable = false)
    private Set<Long> authorIds = new HashSet<>();

    @OneToMany(mappedBy = "course", cascade = CascadeType.ALL)
    @OrderBy("number")
    private List<CourseVersion> versions = new ArrayList<>();

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "published_version_id")
    private CourseVersion publishedVersion;

    @OneToMany(mappedBy = "course", cascade = CascadeType.ALL)
    @OrderBy("happenedAt")
    private List<PublicationEntry> publications = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "enrolment_approval", nullable = false, length = 16)
    private EnrolmentApproval enrolmentApproval = EnrolmentApproval.NONE;

    protected Course() {
    }

    public static Course create(String slug, long ownerId, CourseContent content, Instant now) {
        Course course = new Course();
        course.slug = slug;
        course.ownerId = ownerId;
        course.authorIds.add(ownerId);
        course.status = CourseStatus.DRAFT;
        course.createdAt = now;
        course.versions.add(new CourseVersion(course, 1, content, now));
        return course;
    }

    /** The owner, co-authors and administrators may edit; nobody else. */
    public boolean canBeEditedBy(long accountId, boolean administrator) {
        return administrator || authorIds.contains(accountId);
    }

    /** Makes someone a co-author; only an active author or administrator can be one. Adding twice changes nothing. */
    public void addCoAuthor(AuthorAccount account) {
        if (!account.mayWriteCourses()) {
            throw new BusinessRuleException("course.author-not-eligible",
                    "Account " + account.id() + " cannot write courses: only an active account with the role AUTHOR or ADMIN can be a course's author");
        }
        authorIds.add(account.id());
    }

    /** Takes someone off the authors. The owner stays, so that a course always has someone who answers for it. */
    public void removeAuthor(long accountId) {
        if (accountId == ownerId) {
            throw new BusinessRuleException("course.owner-not-removable", "The owner of a course cannot be removed from its authors");
        }
        authorIds.remove(accountId);
    }

    public Optional<CourseVersion> draft() {
        return versions.stream().filter(CourseVersion::isDraft).findFirst();
    }

    /** The draft to change: the existing one, or a new one copied from the latest version. */
    public CourseVersion editableDraft(Instant now) {
        Optional<CourseVersion> draft = draft();
        if (draft.isPresent()) {
            return draft.get();
        }
        CourseVersion latest = currentVersion();
        CourseVersion copy = latest.copyAsDraft(latest.number() + 1, now);
        versions.add(copy);
        return copy;
    }

    /**
     * The draft module that stands where {@code module} stands: a module of the published version leads to its
     * copy in the draft (made now if needed), so an author can keep using the addresses they see. Changes are
     * addressed to the version the authors see (the draft, else the published version); a module of any other
     * version is refused.
     */
    public CourseModule editableModule(CourseModule module, Instant now) {
        return draftFor(module.courseVersion(), now).counterpart(module);
    }

    /** The draft lesson that stands where {@code lesson} stands, as {@link #editableModule} finds a module. */
    public Lesson editableLesson(Lesson lesson, Instant now) {
        return editableModule(lesson.module(), now).counterpart(lesson);
    }

    /** Puts the modules in this order: each module of the version the authors see, exactly once. */
    public void reorderModules(List<CourseModule> order, Instant now) {
        Positions.requireSameItems(currentVersion().modules(), order, "module.order-mismatch",
                "The order must name each of the course's " + currentVersion().modules().size() + " modules exactly once");
        CourseVersion draft = editableDraft(now);
        draft.arrangeModules(order.stream().map(draft::counterpart).toList());
    }

    /**
     * Puts the module's lessons in this order: each of its lessons, exactly once.
     *
     * @return the module in the draft
     */
    public CourseModule reorderLessons(CourseModule module, List<Lesson> order, Instant now) {
        requireCurrent(module.courseVersion());
        Positions.requireSameItems(module.lessons(), order, "lesson.order-mismatch",
                "The order must name each of the module's " + module.lessons().size() + " lessons exactly once");
        CourseModule target = editableModule(module, now);
        target.arrangeLessons(order.stream().map(target::counterpart).toList());
        return target;
    }

    /** Removes the module and its lessons; the modules after it move up. */
    public void removeModule(CourseModule module, Instant now) {
        CourseModule target = editableModule(module, now);
        target.courseVersion().removeModule(target);
    }

    /** Removes the lesson; the lessons after it move up. */
    public void removeLesson(Lesson lesson, Instant now) {
        Lesson target = editableLesson(lesson, now);
        target.module().removeLesson(target);
    }

    /**
     * Moves a lesson to {@code position} (the end when null) of a module of the same version, its own included.
     * A lesson that changes module is made anew there, with a new id.
     *
     * @return the lesson in its new place
     */
    public Lesson moveLesson(Lesson lesson, CourseModule to, Integer position, Instant now) {
        if (to.courseVersion().course() != this) {
            throw new BusinessRuleException("lesson.move-target", "A lesson moves only to a module of its own course");
        }
        requireCurrent(lesson.module().courseVersion());
        requireCurrent(to.courseVersion());
        CourseVersion draft = editableDraft(now);
        CourseModule from = draft.counterpart(lesson.module());
        return draft.counterpart(to).receiveLesson(from.counterpart(lesson), position);
    }

    private CourseVersion draftFor(CourseVersion addressed, Instant now) {
        requireCurrent(addressed);
        return editableDraft(now);
    }

    /** The draft is always the latest version; without one, the latest is the published (or archived) version. */
    private void requireCurrent(CourseVersion addressed) {
        CourseVersion current = currentVersion();
        if (addressed != current) {
            throw new BusinessRuleException("lesson.old-version", "This module or lesson belongs to version " + addressed.number()
                    + ", an earlier version of the course; change the modules and lessons of version " + current.number()
                    + " (GET /api/v1/courses/" + id + ")");
        }
    }

    /** Publishes the draft. The version it replaces is kept for the learners enrolled on it. */
    public CourseVersion publish(long accountId, Instant now) {
        CourseVersion draft = draft().orElseThrow(() -> new BusinessRuleException("course.nothing-to-publish",
                "There is no draft to publish: change the course first"));
        draft.checkPublishable();
        if (publishedVersion != null) {
            publishedVersion.supersede();
        }
        draft.markPublished();
        publishedVersion = draft;
        status = CourseStatus.PUBLISHED;
        publications.add(new PublicationEntry(this, draft.number(), PublicationEntry.Action.PUBLISHED, accountId, now));
        return draft;
    }

    /** Takes the course out of the catalogue; learners already enrolled keep their version. */
    public void archive(long accountId, Instant now) {
        if (status != CourseStatus.PUBLISHED) {
            throw new BusinessRuleException("course.not-published", "Only a published course can be archived");
        }
        status = CourseStatus.ARCHIVED;
        publications.add(new PublicationEntry(this, publishedVersion.number(), PublicationEntry.Action.ARCHIVED, accountId, now));
    }

    /** Who approves new self-enrolments; takes effect at once, for every version (existing enrolments keep their state). */
    public void requireEnrolmentApproval(EnrolmentApproval approval) {
        enrolmentApproval = approval == null ? EnrolmentApproval.NONE : approval;
    }

    public EnrolmentApproval enrolmentApproval() {
        return enrolmentApproval;
    }

    public boolean isInCatalogue() {
        return status == CourseStatus.PUBLISHED;
    }

    /** The version the authors see and change: the draft when there is one, else the published version. */
    public CourseVersion currentVersion() {
        return versions.get(versions.size() - 1);
    }

    public Long id() {
        return id;
    }

    public String slug() {
        return slug;
    }

    public CourseStatus status() {
        return status;
    }

    public long ownerId() {
        return ownerId;
    }

    public Set<Long> authorIds() {
        return Collections.unmodifiableSet(authorIds);
    }

    public Optional<CourseVersion> publishedVersion() {
        return Optional.ofNullable(publishedVersion);
    }

    public List<CourseVersion> versions() {
        return Collections.unmodifiableList(versions);
    }

    public List<PublicationEntry> publications() {
        return Collections.unmodifiableList(publications);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Course that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Course.class.hashCode();
    }
}
