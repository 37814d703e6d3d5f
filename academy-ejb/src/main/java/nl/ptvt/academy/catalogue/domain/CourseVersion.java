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
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.ptvt.academy.catalogue.Audience;
import nl.ptvt.academy.catalogue.CourseFormat;
import nl.ptvt.academy.catalogue.ProgrammeLine;
import nl.ptvt.academy.shared.BusinessRuleException;

/**
 * One version of a course's content. Only a DRAFT changes; a PUBLISHED or SUPERSEDED version is frozen, so what a
 * learner enrolled on stays exactly as it was.
 */
@Entity
@Table(name = "course_version")
@Cacheable(false)
public class CourseVersion {

    public enum State { DRAFT, PUBLISHED, SUPERSEDED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id")
    private Course course;

    @Column(nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private State state;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 500)
    private String summary;

    @Lob
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CourseFormat format;

    @Column(name = "theme_code", length = 40)
    private String themeCode;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "course_version_audience", joinColumns = @JoinColumn(name = "course_version_id"))
    @Column(name = "audience", nullable = false, length = 24)
    @Enumerated(EnumType.STRING)
    private Set<Audience> audiences = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "programme_line", length = 24)
    private ProgrammeLine programmeLine;

    @Column(name = "study_hours", precision = 5, scale = 1)
    private BigDecimal studyHours;

    @Column(nullable = false, length = 8)
    private String language;

    @Column(nullable = false)
    private boolean certificate;

    @Column(name = "certificate_validity_months")
    private Integer certificateValidityMonths;

    /** The uploaded file shown as the course's picture; null without one. */
    @Column(name = "image_file_id")
    private Long imageFileId;

    @Column(name = "image_alt", length = CourseImage.MAX_ALT_LENGTH)
    private String imageAlt;

    @OneToMany(mappedBy = "courseVersion", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<CourseModule> modules = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CourseVersion() {
    }

    CourseVersion(Course course, int number, CourseContent content, Instant now) {
        this.course = course;
        this.number = number;
        this.state = State.DRAFT;
        this.createdAt = now;
        apply(content);
    }

    public void update(CourseContent content) {
        requireDraft();
        apply(content);
    }

    private void apply(CourseContent content) {
        title = content.title();
        summary = content.summary();
        description = content.description();
        format = content.format();
        themeCode = content.themeCode();
        audiences = new LinkedHashSet<>(content.audiences());
        programmeLine = content.programmeLine();
        studyHours = content.studyHours();
        language = content.language();
        certificate = content.certificate();
        certificateValidityMonths = content.certificateValidityMonths();
        imageFileId = content.image() == null ? null : content.image().fileId();
        imageAlt = content.image() == null ? null : content.image().alt();
    }

    public CourseContent content() {
        return new CourseContent(title, summary, description, format, themeCode, List.copyOf(audiences), programmeLine,
                studyHours, language, certificate, certificateValidityMonths,
                imageFileId == null ? null : new CourseImage(imageFileId, imageAlt));
    }

    public CourseModule addModule(String moduleTitle) {
        requireDraft();
        CourseModule module = new CourseModule(this, modules.size(), moduleTitle);
        modules.add(module);
        return module;
    }

    /** This version's module at the place of {@code module}: its own, or the one it was copied from into this draft. */
    CourseModule counterpart(CourseModule module) {
        return modules.get(module.position());
    }

    void arrangeModules(List<CourseModule> order) {
        requireDraft();
        Positions.arrange(modules, order, CourseModule::placeAt);
    }

    /** Removes the module with its lessons. */
    void removeModule(CourseModule module) {
        requireDraft();
        modules.remove(module);
        Positions.renumber(modules, CourseModule::placeAt);
    }

    CourseVersion copyAsDraft(int newNumber, Instant now) {
        CourseVersion copy = new CourseVersion(course, newNumber, content(), now);
        for (CourseModule module : modules) {
            copy.modules.add(module.copyInto(copy));
        }
        return copy;
    }

    void requireDraft() {
        if (state != State.DRAFT) {
            throw new BusinessRuleException("course.version-frozen",
                    "Version " + number + " is " + state.name().toLowerCase() + " and cannot change; edit the draft");
        }
    }

    /** An online course needs something to learn; every quiz needs questions (checked when it was added). */
    void checkPublishable() {
        boolean hasLessons = modules.stream().anyMatch(module -> !module.lessons().isEmpty());
        if (format == CourseFormat.E_LEARNING && !hasLessons) {
            throw new BusinessRuleException("course.no-lessons", "An e-learning course needs at least one lesson before it is published");
        }
    }

    void markPublished() {
        state = State.PUBLISHED;
    }

    void supersede() {
        state = State.SUPERSEDED;
    }

    public boolean isDraft() {
        return state == State.DRAFT;
    }

    public Long id() {
        return id;
    }

    public Course course() {
        return course;
    }

    public int number() {
        return number;
    }

    public State state() {
        return state;
    }

    public String title() {
        return title;
    }

    public List<CourseModule> modules() {
        return Collections.unmodifiableList(modules);
    }
}
