package nl.ptvt.academy.session.application;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.DateList;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RDate;
import net.fortuna.ical4j.model.property.RecurrenceId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import nl.ptvt.academy.session.SessionPart;

/**
 * iCalendar files (RFC 5545) about a session, written with ical4j: a {@code VTIMEZONE} for Europe/Amsterdam and the
 * start and end as local times with {@code TZID}, so calendars show the right hour on both sides of a daylight-saving
 * change. The UID is the session's, so an invitation, its changes (a higher {@code SEQUENCE}) and its cancellation are
 * one event in the participant's calendar.
 */
public final class SessionCalendar {

    public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final String PRODUCT = "-//PTvT Academy//Sessions//NL";
    /**
     * Europe/Amsterdam as Outlook and Google write it: today's rules only (CET, and CEST from the last Sunday of March
     * 02:00 to the last Sunday of October 03:00). ical4j's own definition is not used: it carries the zone's whole
     * history and, since tzdata 2022, is named Europe/Brussels (Amsterdam became a link to it), which no longer
     * matches the TZID of the start and end.
     */
    static final String AMSTERDAM_ZONE = String.join("\r\n",
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:" + PRODUCT,
            "BEGIN:VTIMEZONE", "TZID:Europe/Amsterdam",
            "BEGIN:DAYLIGHT", "TZNAME:CEST", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "DTSTART:19700329T020000",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
            "BEGIN:STANDARD", "TZNAME:CET", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "DTSTART:19701025T030000",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
            "END:VTIMEZONE", "END:VCALENDAR", "");
    private static final VTimeZone ZONE = parseZone();

    private SessionCalendar() {
    }

    /** What the file asks of the calendar (RFC 5546): add or update the event, remove it, or just show it. */
    public enum Purpose {
        /** An invitation, or an update of it: METHOD:REQUEST. */
        INVITE("REQUEST"),
        /** The session or the booking is cancelled: METHOD:CANCEL, STATUS:CANCELLED. */
        CANCEL("CANCEL"),
        /** A download from the Academy: METHOD:PUBLISH. */
        PUBLISH("PUBLISH");

        private final String method;

        Purpose(String method) {
            this.method = method;
        }

        /** For the attachment's content type, such as {@code text/calendar; method=REQUEST; charset=UTF-8}. */
        public String contentType() {
            return "text/calendar; method=" + method + "; charset=UTF-8";
        }
    }

    /** The event's STATUS: a participant on the waiting list sees it as tentative. */
    public enum Status {
        CONFIRMED(net.fortuna.ical4j.model.property.Status.VALUE_CONFIRMED),
        TENTATIVE(net.fortuna.ical4j.model.property.Status.VALUE_TENTATIVE),
        CANCELLED(net.fortuna.ical4j.model.property.Status.VALUE_CANCELLED);

        private final String value;

        Status(String value) {
            this.value = value;
        }
    }

    /**
     * One session as an event for one person.
     *
     * @param location the venue, or the online link; null when it may not be shown
     * @param url      the course page
     * @param attendee null in a download
     * @param parts    the parts of a session in several parts; empty for one stretch from start to end
     */
    public record Event(long sessionId, int sequence, String summary, String description, Instant startsAt,
                        Instant endsAt, String location, String url, Person organizer, Person attendee, Instant stamp,
                        Status status, List<SessionPart> parts) {

        public Event {
            Objects.requireNonNull(summary, "summary");
            Objects.requireNonNull(startsAt, "startsAt");
            Objects.requireNonNull(endsAt, "endsAt");
            Objects.requireNonNull(organizer, "organizer");
            Objects.requireNonNull(stamp, "stamp");
            Objects.requireNonNull(status, "status");
            parts = parts == null ? List.of() : List.copyOf(parts);
        }
    }

    /** @param name may be null */
    public record Person(String email, String name) {
    }

    /** The stable UID of a session's event, the same in every file about it. */
    public static String uid(long sessionId) {
        return "session-" + sessionId + "@academy.ptvt.nl";
    }

    /**
     * The file, UTF-8, lines folded at 75 octets and ended by CRLF (done by ical4j's outputter). A session in parts is
     * one event with the same UID throughout: the first part with an {@code RDATE} for the start of each further part,
     * and for each further part an instance ({@code RECURRENCE-ID}) with its own start and end, so that one
     * cancellation removes them all.
     */
    public static byte[] write(Purpose purpose, Event event) {
        List<SessionPart> parts = event.parts().isEmpty() ? List.of(new SessionPart(event.startsAt(), event.endsAt())) : event.parts();
        VEvent first = vevent(purpose, event, parts, 0);
        if (parts.size() > 1) {
            // written as local times with the zone, like DTSTART (ical4j leaves the TZID off an RDATE by itself)
            first.add(new RDate<>(new ParameterList(List.of(new TzId(AMSTERDAM.getId()))),
                    new DateList<>(parts.subList(1, parts.size()).stream().map(part -> local(part.startsAt())).toList())));
        }
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(new CalScale(CalScale.VALUE_GREGORIAN));
        calendar.add(new Method(purpose.method));
        calendar.add(ZONE.copy());
        calendar.add(first);
        for (int i = 1; i < parts.size(); i++) {
            VEvent instance = vevent(purpose, event, parts, i);
            instance.add(new RecurrenceId<>(local(parts.get(i).startsAt())));
            calendar.add(instance);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static VEvent vevent(Purpose purpose, Event event, List<SessionPart> parts, int index) {
        SessionPart part = parts.get(index);
        String summary = parts.size() == 1 ? event.summary()
                : event.summary() + " (deel " + (index + 1) + " van " + parts.size() + ")";
        VEvent vevent = new VEvent(local(part.startsAt()), local(part.endsAt()), summary);
        vevent.replace(new DtStamp(event.stamp().truncatedTo(ChronoUnit.SECONDS)));
        vevent.add(new Uid(uid(event.sessionId())));
        vevent.add(new Sequence(event.sequence()));
        vevent.add(new net.fortuna.ical4j.model.property.Status(purpose == Purpose.CANCEL ? Status.CANCELLED.value : event.status().value));
        if (event.description() != null) {
            vevent.add(new Description(event.description()));
        }
        if (event.location() != null) {
            vevent.add(new Location(event.location()));
        }
        if (event.url() != null) {
            vevent.add(new Url(URI.create(event.url())));
        }
        Organizer organizer = new Organizer(mailto(event.organizer().email()));
        if (event.organizer().name() != null) {
            organizer.add(new Cn(event.organizer().name()));
        }
        vevent.add(organizer);
        if (event.attendee() != null) {
            Attendee attendee = new Attendee(mailto(event.attendee().email()));
            if (event.attendee().name() != null) {
                attendee.add(new Cn(event.attendee().name()));
            }
            attendee.add(Role.REQ_PARTICIPANT);
            // the booking is the answer: the calendar need not ask the participant to accept
            attendee.add(purpose == Purpose.CANCEL ? PartStat.DECLINED
                    : event.status() == Status.TENTATIVE ? PartStat.TENTATIVE : PartStat.ACCEPTED);
            attendee.add(Rsvp.FALSE);
            vevent.add(attendee);
        }
        return vevent;
    }

    private static VTimeZone parseZone() {
        try {
            Calendar parsed = new CalendarBuilder().build(new StringReader(AMSTERDAM_ZONE));
            return parsed.getComponent(Component.VTIMEZONE).map(VTimeZone.class::cast).orElseThrow();
        } catch (IOException | ParserException e) {
            throw new IllegalStateException("The Europe/Amsterdam VTIMEZONE does not parse", e);
        }
    }

    private static ZonedDateTime local(Instant moment) {
        return moment.truncatedTo(ChronoUnit.SECONDS).atZone(AMSTERDAM);
    }

    private static URI mailto(String email) {
        return URI.create("mailto:" + email.strip());
    }
}
