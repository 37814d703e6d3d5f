package nl.ptvt.academy.catalogue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An answer option; whether it is correct, and its feedback, never leave the server before grading. */
@Entity
@Table(name = "quiz_option")
public class QuizOption {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_id")
    private QuizQuestion question;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 500)
    private String text;

    @Column(nullable = false)
    private boolean correct;

    @Column(length = 1000)
    private String feedback;

    protected QuizOption() {
    }

    QuizOption(QuizQuestion question, int position, LessonSpec.OptionSpec spec) {
        this.question = question;
        this.position = position;
        this.text = spec.text().strip();
        this.correct = spec.correct();
        this.feedback = spec.feedback() == null || spec.feedback().isBlank() ? null : spec.feedback().strip();
    }

    LessonSpec.OptionSpec spec() {
        return new LessonSpec.OptionSpec(text, correct, feedback);
    }

    public Long id() {
        return id;
    }

    public String text() {
        return text;
    }

    public boolean isCorrect() {
        return correct;
    }

    public String feedback() {
        return feedback;
    }
}
