package nl.ptvt.academy.catalogue.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A module of a course version: an ordered group of lessons. */
@Entity
@Table(name = "course_module")
public class CourseModule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_version_id")
    private CourseVersion courseVersion;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 200)
    private String title;

    @OneToMany(mappedBy = "module", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Lesson> lessons = new ArrayList<>();

    protected CourseModule() {
    }

    CourseModule(CourseVersion courseVersion, int position, String title) {
        this.courseVersion = courseVersion;
        this.position = position;
        this.title = validTitle(title);
    }

    private static String validTitle(String title) {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("A module needs a title");
        }
        return title.strip();
    }

    public Lesson addLesson(LessonSpec spec) {
        return insertLesson(spec, lessons.size());
    }

    public void rename(String newTitle) {
        courseVersion.requireDraft();
        title = validTitle(newTitle);
    }

    /** This module's lesson at the place of {@code lesson}: its own, or the one it was copied from into this draft. */
    Lesson counterpart(Lesson lesson) {
        return lessons.get(lesson.position());
    }

    void arrangeLessons(List<Lesson> order) {
        courseVersion.requireDraft();
        Positions.arrange(lessons, order, Lesson::placeAt);
    }

    void removeLesson(Lesson lesson) {
        courseVersion.requireDraft();
        lessons.remove(lesson);
        Positions.renumber(lessons, Lesson::placeAt);
    }

    /**
     * Puts one of this module's lessons at another place, or (from another module) a lesson made from its spec:
     * a lesson row never changes module, because a module owns its lessons and removes them with it.
     */
    Lesson receiveLesson(Lesson lesson, Integer position) {
        if (lesson.module() == this) {
            int last = lessons.size() - 1;
            int place = position == null ? last : position;
            Positions.requireWithin(place, last, "lesson.position-out-of-range",
                    "A lesson of this module can be put at position 0 to " + last);
            List<Lesson> order = new ArrayList<>(lessons);
            order.remove(lesson);
            order.add(place, lesson);
            arrangeLessons(order);
            return lesson;
        }
        int place = position == null ? lessons.size() : position;
        Positions.requireWithin(place, lessons.size(), "lesson.position-out-of-range",
                "A lesson can be put in this module at position 0 to " + lessons.size());
        lesson.module().removeLesson(lesson);
        return insertLesson(lesson.spec(), place);
    }

    private Lesson insertLesson(LessonSpec spec, int place) {
        courseVersion.requireDraft();
        Lesson lesson = new Lesson(this, place, spec);
        lessons.add(place, lesson);
        Positions.renumber(lessons, Lesson::placeAt);
        return lesson;
    }

    void placeAt(int newPosition) {
        position = newPosition;
    }

    CourseModule copyInto(CourseVersion draft) {
        CourseModule copy = new CourseModule(draft, position, title);
        for (Lesson lesson : lessons) {
            copy.lessons.add(new Lesson(copy, lesson.position(), lesson.spec()));
        }
        return copy;
    }

    public Long id() {
        return id;
    }

    public CourseVersion courseVersion() {
        return courseVersion;
    }

    public int position() {
        return position;
    }

    public String title() {
        return title;
    }

    public List<Lesson> lessons() {
        return Collections.unmodifiableList(lessons);
    }
}
