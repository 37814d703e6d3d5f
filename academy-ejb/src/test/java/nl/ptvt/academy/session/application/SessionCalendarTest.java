package nl.ptvt.academy.session.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.ptvt.academy.session.SessionPart;
import java.time.zone.ZoneRules;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.Test;

class SessionCalendarTest {

    private static final SessionCalendar.Person ACADEMY = new SessionCalendar.Person("academy@ptvt.test", "PTvT Academy");
    private static final SessionCalendar.Person SANNE = new SessionCalendar.Person("sanne@school.nl", "Sanne de Vries");

    /** 28 March 2027: clocks go forward at 02:00; 10:00 in Amsterdam is then 08:00 UTC (the day before: 09:00 UTC). */
    private static SessionCalendar.Event afterTheDstChange(String summary, String location) {
        return new SessionCalendar.Event(42, 3, summary, "Neem een laptop mee; bring a laptop.",
                Instant.parse("2027-03-28T08:00:00Z"), Instant.parse("2027-03-28T11:30:00Z"), location,
                "https://academy.ptvt.test/cursus/techniek", ACADEMY, SANNE, Instant.parse("2027-03-01T12:00:00.123Z"), SessionCalendar.Status.CONFIRMED, List.of());
    }

    @Test
    void anInvitationHasTheAmsterdamZoneAndLocalTimesAcrossADaylightSavingChange() throws Exception {
        byte[] file = SessionCalendar.write(SessionCalendar.Purpose.INVITE, afterTheDstChange("Techniek; in de klas, deel 1",
                "De Schakel, Hoofdstraat 1, Assen"));
        String text = new String(file, StandardCharsets.UTF_8);

        assertTrue(text.contains("METHOD:REQUEST\r\n"), text);
        assertTrue(text.contains("DTSTART;TZID=Europe/Amsterdam:20270328T100000\r\n"), text);
        assertTrue(text.contains("DTEND;TZID=Europe/Amsterdam:20270328T133000\r\n"), text);
        assertTrue(text.contains("UID:session-42@academy.ptvt.nl\r\n"), text);
        assertTrue(text.contains("SEQUENCE:3\r\n"), text);
        assertTrue(text.contains("SUMMARY:Techniek\\; in de klas\\, deel 1\r\n"), "text values are escaped: " + text);
        assertTrue(text.contains("LOCATION:De Schakel\\, Hoofdstraat 1\\, Assen\r\n"), text);
        assertTrue(text.contains("ORGANIZER;CN=PTvT Academy:mailto:academy@ptvt.test\r\n"), text);
        assertTrue(text.contains("mailto:sanne@school.nl"), text);
        assertTrue(text.lines().allMatch(line -> line.getBytes(StandardCharsets.UTF_8).length <= 75), "folded at 75 octets");

        Calendar parsed = new CalendarBuilder().build(new ByteArrayInputStream(file));
        VTimeZone zone = parsed.getComponent("VTIMEZONE").map(VTimeZone.class::cast).orElseThrow();
        assertEquals("Europe/Amsterdam", zone.getProperty(Property.TZID).orElseThrow().getValue());
        VEvent event = parsed.getComponent("VEVENT").map(VEvent.class::cast).orElseThrow();
        DtStart<Temporal> start = event.getDateTimeStart();
        assertEquals(Instant.parse("2027-03-28T08:00:00Z"), ZonedDateTime.from(start.getDate()).toInstant());
        assertEquals("https://academy.ptvt.test/cursus/techniek", event.getProperty(Property.URL).orElseThrow().getValue());
    }

    @Test
    void theWrittenZoneAgreesWithJavaTimeForTheComingYears() throws Exception {
        byte[] file = SessionCalendar.write(SessionCalendar.Purpose.INVITE, afterTheDstChange("Techniek", null));
        Calendar parsed = new CalendarBuilder().build(new ByteArrayInputStream(file));
        TimeZone written = new TimeZone(parsed.getComponent("VTIMEZONE").map(VTimeZone.class::cast).orElseThrow());
        ZoneRules rules = SessionCalendar.AMSTERDAM.getRules();
        // every day at noon: the rules pick the right Sundays (ical4j's own offset look-up is vague within the hour of a change)
        for (Instant moment = Instant.parse("2026-01-01T11:00:00Z"); moment.isBefore(Instant.parse("2036-01-01T00:00:00Z"));
             moment = moment.plus(Duration.ofDays(1))) {
            assertEquals(rules.getOffset(moment).getTotalSeconds() * 1000, written.getOffset(moment.toEpochMilli()), "at " + moment);
        }
        assertEquals(1, count(new String(file, StandardCharsets.UTF_8), "DTSTAMP"), "one time stamp");
    }

    private static long count(String text, String property) {
        return text.lines().filter(line -> line.startsWith(property + ":") || line.startsWith(property + ";")).count();
    }

    @Test
    void aSessionInPartsIsOneEventWithAnInstancePerPart() throws Exception {
        List<SessionPart> parts = List.of(
                new SessionPart(Instant.parse("2027-03-27T08:00:00Z"), Instant.parse("2027-03-27T11:00:00Z")),
                new SessionPart(Instant.parse("2027-03-28T07:00:00Z"), Instant.parse("2027-03-28T13:00:00Z")));
        SessionCalendar.Event twoDays = new SessionCalendar.Event(7, 2, "Techniekcoach", null, parts.get(0).startsAt(),
                parts.get(1).endsAt(), "De Schakel", null, ACADEMY, SANNE, Instant.parse("2027-03-01T12:00:00Z"),
                SessionCalendar.Status.CONFIRMED, parts);
        String text = new String(SessionCalendar.write(SessionCalendar.Purpose.INVITE, twoDays), StandardCharsets.UTF_8);

        // 27 March: winter time (UTC+1); 28 March: summer time (UTC+2)
        assertTrue(text.contains("DTSTART;TZID=Europe/Amsterdam:20270327T090000\r\n"), text);
        assertTrue(text.contains("RDATE;TZID=Europe/Amsterdam:20270328T090000\r\n"), text);
        assertTrue(text.contains("RECURRENCE-ID;TZID=Europe/Amsterdam:20270328T090000\r\n"), text);
        assertTrue(text.contains("DTEND;TZID=Europe/Amsterdam:20270328T150000\r\n"), text);
        Calendar parsed = new CalendarBuilder().build(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        List<VEvent> events = parsed.getComponents("VEVENT").stream().map(VEvent.class::cast).toList();
        assertEquals(2, events.size());
        assertTrue(events.stream().allMatch(event -> event.getProperty(Property.UID).orElseThrow().getValue().equals("session-7@academy.ptvt.nl")));
        assertTrue(events.stream().allMatch(event -> event.getProperty(Property.SEQUENCE).orElseThrow().getValue().equals("2")));
        assertEquals("Techniekcoach (deel 2 van 2)", events.get(1).getProperty(Property.SUMMARY).orElseThrow().getValue());
        assertEquals(parts.get(1).startsAt(), ZonedDateTime.from(events.get(1).getDateTimeStart().getDate()).toInstant());
    }

    @Test
    void aCancellationKeepsTheUidAndSaysCancelled() throws Exception {
        byte[] file = SessionCalendar.write(SessionCalendar.Purpose.CANCEL, afterTheDstChange("Techniek", null));
        Calendar parsed = new CalendarBuilder().build(new ByteArrayInputStream(file));
        assertEquals("CANCEL", parsed.getProperty(Property.METHOD).orElseThrow().getValue());
        VEvent event = parsed.getComponent("VEVENT").map(VEvent.class::cast).orElseThrow();
        assertEquals("session-42@academy.ptvt.nl", event.getProperty(Property.UID).orElseThrow().getValue());
        assertEquals("CANCELLED", event.getProperty(Property.STATUS).orElseThrow().getValue());
        assertTrue(event.getProperty(Property.LOCATION).isEmpty());
        assertEquals("text/calendar; method=CANCEL; charset=UTF-8", SessionCalendar.Purpose.CANCEL.contentType());
    }
}
