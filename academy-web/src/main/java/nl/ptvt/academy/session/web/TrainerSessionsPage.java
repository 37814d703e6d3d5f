package nl.ptvt.academy.session.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import nl.ptvt.academy.session.SessionAttendance;
import nl.ptvt.academy.session.TrainerSession;

/**
 * {@code /trainer/sessies}: the sessions the signed-in trainer gives (an administrator: all sessions), split into
 * those still to come and those that have started in the last 60 days (where attendance is filled in).
 */
@Named
@ViewScoped
public class TrainerSessionsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SessionAttendance attendance;

    private List<TrainerSession> upcoming = List.of();
    private List<TrainerSession> recent = List.of();

    @PostConstruct
    void load() {
        List<TrainerSession> all = attendance.sessionsToRun();
        Instant now = Instant.now();
        upcoming = all.stream().filter(session -> session.startsAt().isAfter(now)).toList();
        // the most recent first: the list to fill in is usually yesterday's
        recent = all.stream().filter(session -> !session.startsAt().isAfter(now))
                .sorted((first, second) -> second.startsAt().compareTo(first.startsAt())).toList();
    }

    public List<TrainerSession> getUpcoming() {
        return upcoming;
    }

    public List<TrainerSession> getRecent() {
        return recent;
    }

    public boolean isWithoutSessions() {
        return upcoming.isEmpty() && recent.isEmpty();
    }
}
