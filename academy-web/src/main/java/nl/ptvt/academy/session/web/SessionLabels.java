package nl.ptvt.academy.session.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import nl.ptvt.academy.session.BookingStatus;
import nl.ptvt.academy.session.SessionView;
import nl.ptvt.academy.shared.web.InstantFormatter;
import nl.ptvt.academy.shared.web.Labels;
import nl.ptvt.academy.shared.web.Texts;

/** How a session reads on the pages: when (Dutch time), where ("Zwolle (Overijssel)" or "Online") and the seats left. */
@Named("sessionLabels")
@ApplicationScoped
public class SessionLabels {

    @Inject
    Labels labels;

    /** "dinsdag 14 april 2026, 09:30–16:30"; a session over several days shows both dates. */
    public String when(SessionView session) {
        ZonedDateTime start = session.startsAt().atZone(InstantFormatter.ZONE);
        ZonedDateTime end = session.endsAt().atZone(InstantFormatter.ZONE);
        String from = InstantFormatter.format(session.startsAt(), Texts.text("session.format.start"), Texts.locale());
        boolean sameDay = LocalDate.from(start).equals(LocalDate.from(end));
        String until = InstantFormatter.format(session.endsAt(), Texts.text(sameDay ? "session.format.endTime"
                : "session.format.start"), Texts.locale());
        return from + "–" + until;
    }

    public String place(SessionView session) {
        if (session.venue() == null) {
            return Texts.text("session.online");
        }
        return session.venue().city() + " (" + labels.of(session.venue().province()) + ")";
    }

    /** Who may book, when not everyone: "Voor organisaties in Overijssel en Gelderland", or in-company. */
    public String audience(SessionView session) {
        return switch (session.openTo()) {
            case ALL -> "";
            case PROVINCES -> Texts.text("session.openTo.provinces", labels.all(session.provinces()).replaceAll(", ([^,]*)$", " "
                    + Texts.text("session.openTo.and") + " $1"));
            case ORGANISATION -> Texts.text("session.openTo.organisation");
        };
    }

    /** "Nog 3 plaatsen vrij", or "Vol: wachtlijst" once every seat is taken. */
    public String seatsLeft(SessionView session) {
        return session.seatsLeft() > 0 ? Texts.text("session.seatsLeft", session.seatsLeft()) : Texts.text("session.full");
    }

    /** "Geboekt" or "Op de wachtlijst (plaats 2)". */
    public String status(BookingStatus status, Integer waitlistPosition) {
        return status == BookingStatus.WAITLISTED ? Texts.text("session.booking.waiting", waitlistPosition)
                : Texts.text("session.booking." + status.name());
    }
}
