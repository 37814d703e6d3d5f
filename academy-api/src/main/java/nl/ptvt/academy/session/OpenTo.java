package nl.ptvt.academy.session;

/** Who may book a session: everyone, people of organisations in given provinces, or one organisation (in-company). */
public enum OpenTo {
    ALL, PROVINCES, ORGANISATION
}
