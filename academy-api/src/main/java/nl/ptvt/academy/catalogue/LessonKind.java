package nl.ptvt.academy.catalogue;

/** The kinds of lesson of an online course: a text page, a video, a downloadable file, a quiz. */
public enum LessonKind {
    TEXT, VIDEO, FILE, QUIZ
}
