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
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("A module needs a title");
        }
        this.courseVersion = courseVersion;
        this.position = position;
        this.title = title.strip();
    }

    public Lesson addLesson(LessonSpec spec) {
        courseVersion.requireDraft();
        Lesson lesson = new Lesson(this, lessons.size(), spec);
        lessons.add(lesson);
        return lesson;
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
