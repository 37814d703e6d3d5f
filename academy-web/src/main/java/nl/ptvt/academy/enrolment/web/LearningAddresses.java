package nl.ptvt.academy.enrolment.web;

/** The addresses of the learning pages, as Faces navigation outcomes that redirect (post-redirect-get). */
final class LearningAddresses {

    static final String DASHBOARD = "/mijn-academy";
    static final String PLAYER = "/leren";

    private LearningAddresses() {
    }

    /** The lesson player at a lesson, or, without a lesson, where the learner left off. */
    static String player(long enrolmentId, Long lessonId) {
        return PLAYER + "?faces-redirect=true&inschrijving=" + enrolmentId + (lessonId == null ? "" : "&les=" + lessonId);
    }

    /** A quiz's result page: the player at the quiz, showing one attempt. */
    static String attempt(long enrolmentId, long lessonId, int attempt) {
        return player(enrolmentId, lessonId) + "&poging=" + attempt;
    }

    /** A course's page ({@code /cursus/{slug}}: the view handler turns the view and its slug into that address). */
    static String coursePage(String slug) {
        return "/cursus.xhtml?faces-redirect=true&slug=" + slug;
    }
}
