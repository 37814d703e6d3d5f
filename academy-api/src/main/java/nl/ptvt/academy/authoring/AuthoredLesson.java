package nl.ptvt.academy.authoring;

import java.util.List;
import nl.ptvt.academy.catalogue.LessonKind;
import nl.ptvt.academy.catalogue.QuestionKind;

/**
 * A lesson as its authors edit it: where it stands and everything a {@link NewLesson} has, including which quiz
 * options are correct and their feedback. That is the authors' own content; it goes only to the course's editors,
 * never to learners (who get {@link nl.ptvt.academy.catalogue.CourseDetail.LessonView}).
 *
 * @param position the place in its module, from 0
 */
public record AuthoredLesson(long id, long moduleId, int position, String title, LessonKind kind, boolean required,
                             String body, String videoUrl, Integer passMark, Integer maxAttempts,
                             List<Question> questions, Long fileId, String fileName, Long fileSize, String fileUrl) {

    public AuthoredLesson {
        questions = List.copyOf(questions);
    }

    public record Question(long id, String text, QuestionKind kind, List<Option> options) {
        public Question {
            options = List.copyOf(options);
        }
    }

    public record Option(long id, String text, boolean correct, String feedback) {
    }
}
