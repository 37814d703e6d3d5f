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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.ptvt.academy.catalogue.QuestionKind;

/** A quiz question with its answer options. */
@Entity
@Table(name = "quiz_question")
public class QuizQuestion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lesson_id")
    private Lesson lesson;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 1000)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private QuestionKind kind;

    @OneToMany(mappedBy = "question", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<QuizOption> options = new ArrayList<>();

    protected QuizQuestion() {
    }

    QuizQuestion(Lesson lesson, int position, LessonSpec.QuestionSpec spec) {
        this.lesson = lesson;
        this.position = position;
        this.text = spec.text().strip();
        this.kind = spec.kind();
        for (LessonSpec.OptionSpec option : spec.options()) {
            options.add(new QuizOption(this, options.size(), option));
        }
    }

    LessonSpec.QuestionSpec spec() {
        return new LessonSpec.QuestionSpec(text, kind, options.stream().map(QuizOption::spec).toList());
    }

    /** Right when exactly the correct options were chosen; the feedback of every chosen option is returned. */
    QuizResult.QuestionResult grade(Set<Long> chosen) {
        Set<Long> correctIds = options.stream().filter(QuizOption::isCorrect).map(QuizOption::id).collect(Collectors.toSet());
        List<QuizResult.OptionFeedback> feedback = options.stream().filter(option -> chosen.contains(option.id()))
                .map(option -> new QuizResult.OptionFeedback(option.id(), option.isCorrect(), option.feedback()))
                .toList();
        return new QuizResult.QuestionResult(id, correctIds.equals(chosen), feedback);
    }

    public Long id() {
        return id;
    }

    public String text() {
        return text;
    }

    public QuestionKind kind() {
        return kind;
    }

    public List<QuizOption> options() {
        return Collections.unmodifiableList(options);
    }
}
