package nl.ptvt.academy.authoring.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.ptvt.academy.catalogue.Audience;
import nl.ptvt.academy.catalogue.Catalogue;
import nl.ptvt.academy.catalogue.CourseFormat;
import nl.ptvt.academy.catalogue.EnrolmentApproval;
import nl.ptvt.academy.catalogue.LessonKind;
import nl.ptvt.academy.catalogue.ProgrammeLine;
import nl.ptvt.academy.catalogue.QuestionKind;
import nl.ptvt.academy.catalogue.ThemeView;
import nl.ptvt.academy.shared.web.Texts;

/** The options of the authoring forms' selects; themes in the language of the page, read once per request. */
@Named
@RequestScoped
public class CourseChoices {

    /** FILE lessons need uploads, which the Academy does not offer yet (the service refuses them). */
    private static final List<LessonKind> LESSON_KINDS = List.of(LessonKind.TEXT, LessonKind.VIDEO, LessonKind.FILE, LessonKind.QUIZ);

    @Inject
    Catalogue catalogue;

    private List<ThemeView> themes;

    public List<CourseFormat> getFormats() {
        return List.of(CourseFormat.values());
    }

    public List<Audience> getAudiences() {
        return List.of(Audience.values());
    }

    public List<ProgrammeLine> getProgrammeLines() {
        return List.of(ProgrammeLine.values());
    }

    public List<EnrolmentApproval> getEnrolmentApprovals() {
        return List.of(EnrolmentApproval.values());
    }

    public List<String> getLanguages() {
        return List.of("nl", "en");
    }

    public List<LessonKind> getLessonKinds() {
        return LESSON_KINDS;
    }

    public List<QuestionKind> getQuestionKinds() {
        return List.of(QuestionKind.values());
    }

    public List<ThemeView> getThemes() {
        if (themes == null) {
            themes = catalogue.themes(Texts.locale());
        }
        return themes;
    }

    /** The theme's name in the page's language; the code itself for a theme no longer listed. */
    public String themeName(String code) {
        if (code == null) {
            return "";
        }
        return getThemes().stream().filter(theme -> theme.code().equals(code)).map(ThemeView::name).findFirst().orElse(code);
    }
}
