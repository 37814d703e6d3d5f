package nl.ptvt.academy.session.web;

import java.io.Serializable;
import nl.ptvt.academy.session.SessionView;

/** One session in the agenda's list: the session and the course it belongs to. */
public record AgendaLine(SessionView session, String courseTitle, String courseSlug, String courseLanguage)
        implements Serializable {
}
