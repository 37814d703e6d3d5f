package nl.ptvt.academy.catalogue;

import java.math.BigDecimal;
import java.util.List;

/**
 * One version of a course with its table of contents. Quiz questions come without correct answers or feedback:
 * this view goes to learners' browsers and API clients. The image fields are null for a course without an image;
 * {@code imageUrl} is relative to the application root. {@code enrolmentApproval} is the course's
 * current policy (the same for every version).
 */
public record CourseDetail(long id, String slug, CourseStatus status, int version, boolean draft,
                           String title, String summary, String description, CourseFormat format, String theme,
                           List<Audience> audiences, ProgrammeLine programmeLine, BigDecimal studyHours,
                           String language, boolean certificate, Integer certificateValidityMonths,
                           Long imageFileId, String imageAlt, String imageUrl,
                           List<ModuleView> modules, EnrolmentApproval enrolmentApproval) {

    public CourseDetail {
        audiences = List.copyOf(audiences);
        modules = List.copyOf(modules);
    }

    public record ModuleView(long id, String title, List<LessonView> lessons) {
        public ModuleView {
            lessons = List.copyOf(lessons);
        }
    }

    /**
     * {@code body} is sanitised HTML; {@code videoUrl} the privacy-enhanced embed address; the file fields describe
     * a FILE lesson's download ({@code fileUrl} relative to the application root) and are null for other kinds.
     */
    public record LessonView(long id, String title, LessonKind kind, boolean required, String body, String videoUrl,
                             Integer passMark, Integer maxAttempts, List<QuestionView> questions,
                             Long fileId, String fileName, Long fileSize, String fileUrl) {
        public LessonView {
            questions = List.copyOf(questions);
        }
    }

    public record QuestionView(long id, String text, QuestionKind kind, List<OptionView> options) {
        public QuestionView {
            options = List.copyOf(options);
        }
    }

    public record OptionView(long id, String text) {
    }
}
