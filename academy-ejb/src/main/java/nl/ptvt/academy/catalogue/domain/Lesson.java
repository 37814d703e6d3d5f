package nl.ptvt.academy.catalogue.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.ptvt.academy.catalogue.LessonKind;
import nl.ptvt.academy.shared.BusinessRuleException;

/** A lesson of a module: a text page, a video, a downloadable file or a quiz (which grades itself). */
@Entity
@Table(name = "lesson")
public class Lesson {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "module_id")
    private CourseModule module;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 200)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private LessonKind kind;

    @Column(nullable = false)
    private boolean required;

    @Lob
    private String body;

    @Column(name = "video_url", length = 500)
    private String videoUrl;

    @Column(name = "pass_mark")
    private Integer passMark;

    @Column(name = "max_attempts")
    private Integer maxAttempts;

    /** The uploaded file of a FILE lesson (feature {@code files}, referred to by id). */
    @Column(name = "file_id")
    private Long fileId;

    @OneToMany(mappedBy = "lesson", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<QuizQuestion> questions = new ArrayList<>();

    protected Lesson() {
    }

    Lesson(CourseModule module, int position, LessonSpec spec) {
        this.module = module;
        this.position = position;
        apply(spec);
    }

    /** Replaces the whole lesson (a quiz's questions and options are made anew); only in a draft. */
    public void update(LessonSpec spec) {
        module.courseVersion().requireDraft();
        apply(spec);
    }

    private void apply(LessonSpec spec) {
        this.title = spec.title();
        this.kind = spec.kind();
        this.required = spec.required();
        this.body = spec.body();
        this.videoUrl = spec.videoUrl();
        this.passMark = spec.passMark();
        this.maxAttempts = spec.maxAttempts();
        this.fileId = spec.fileId();
        questions.clear();
        for (LessonSpec.QuestionSpec question : spec.questions()) {
            questions.add(new QuizQuestion(this, questions.size(), question));
        }
    }

    void placeAt(int newPosition) {
        position = newPosition;
    }

    LessonSpec spec() {
        return new LessonSpec(title, kind, required, body, videoUrl, passMark, maxAttempts,
                questions.stream().map(QuizQuestion::spec).toList(), fileId);
    }

    /**
     * Grades a quiz attempt: a question counts when exactly its correct options were chosen; the score is the
     * percentage of questions answered correctly (rounded down), passed from the pass mark on.
     *
     * @param answers the chosen option ids per question id; unanswered questions count as wrong
     */
    public QuizResult grade(Map<Long, Set<Long>> answers) {
        if (kind != LessonKind.QUIZ) {
            throw new BusinessRuleException("lesson.not-a-quiz", "Only a quiz can be graded");
        }
        List<QuizResult.QuestionResult> results = new ArrayList<>();
        for (QuizQuestion question : questions) {
            Set<Long> chosen = answers.getOrDefault(question.id(), Set.of());
            results.add(question.grade(chosen));
        }
        long correct = results.stream().filter(QuizResult.QuestionResult::correct).count();
        int score = (int) (correct * 100 / questions.size());
        return new QuizResult(score, score >= passMark, results);
    }

    public Long id() {
        return id;
    }

    public CourseModule module() {
        return module;
    }

    public int position() {
        return position;
    }

    public String title() {
        return title;
    }

    public LessonKind kind() {
        return kind;
    }

    public boolean isRequired() {
        return required;
    }

    public String body() {
        return body;
    }

    public String videoUrl() {
        return videoUrl;
    }

    public Integer passMark() {
        return passMark;
    }

    public Integer maxAttempts() {
        return maxAttempts;
    }

    public Long fileId() {
        return fileId;
    }

    public List<QuizQuestion> questions() {
        return Collections.unmodifiableList(questions);
    }
}
