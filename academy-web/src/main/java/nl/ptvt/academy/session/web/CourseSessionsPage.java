package nl.ptvt.academy.session.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.ptvt.academy.catalogue.Catalogue;
import nl.ptvt.academy.catalogue.CourseDetail;
import nl.ptvt.academy.catalogue.CourseFormat;
import nl.ptvt.academy.organisation.Province;
import nl.ptvt.academy.session.CancelSession;
import nl.ptvt.academy.session.ScheduleSession;
import nl.ptvt.academy.session.SessionFilter;
import nl.ptvt.academy.session.SessionView;
import nl.ptvt.academy.session.Sessions;
import nl.ptvt.academy.session.Venue;
import nl.ptvt.academy.shared.AcademyException;
import nl.ptvt.academy.shared.PageRequest;
import nl.ptvt.academy.shared.ResourceNotFoundException;
import nl.ptvt.academy.shared.web.CommandValidation;
import nl.ptvt.academy.shared.web.ErrorPages;
import nl.ptvt.academy.shared.web.InstantFormatter;
import nl.ptvt.academy.shared.web.Messages;
import nl.ptvt.academy.shared.web.Texts;

/**
 * {@code /auteur/uitvoeringen?cursus=}: an author of a webinar, workshop or training (or an administrator) schedules
 * its sessions and cancels them with a reason. Day and times are typed in Dutch time (Europe/Amsterdam) and stored as
 * instants, so a session keeps its hour across a change to or from summer time. Trainers, provinces and in-company
 * sessions are set over the REST API for now.
 */
@Named
@ViewScoped
public class CourseSessionsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "schedule";
    static final String CANCEL_FORM = "cancel";
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    /** Where the validation of a ScheduleSession puts its messages: properties to the inputs that hold them. */
    private static final Map<String, String> INPUTS = Map.of("startsAt", "date", "endsAt", "endTime",
            "bookingDeadline", "deadlineDate", "venue", "venueName");

    @Inject
    Sessions sessions;

    @Inject
    Catalogue catalogue;

    @Inject
    CommandValidation validation;

    private Long courseId;
    private CourseDetail course;
    private List<SessionView> scheduled = List.of();
    private String date;
    private String startTime;
    private String endTime;
    private Integer capacity;
    private Integer seatsPerOrganisation;
    private String deadlineDate;
    private boolean online;
    private String venueName;
    private String venueAddress;
    private String venueCity;
    private Province venueProvince;
    private String onlineUrl;
    private SessionView cancelling;
    private String reason;

    public void load() {
        if (courseId == null) {
            ErrorPages.refuse(new ResourceNotFoundException("course.not-found", "No course id"));
            return;
        }
        try {
            course = catalogue.course(courseId);
        } catch (AcademyException e) {
            ErrorPages.refuse(e);
            return;
        }
        refresh();
    }

    private void refresh() {
        scheduled = sessions.list(new SessionFilter(courseId, null, null, null), PageRequest.of(0, PageRequest.MAX_SIZE)).items();
    }

    /** Only webinars, workshops and trainings have sessions. */
    public boolean isScheduled() {
        return course != null && course.format() != CourseFormat.E_LEARNING;
    }

    public void schedule() {
        ZonedDateTime start = at(date, startTime, "date", "startTime");
        ZonedDateTime end = start == null ? null : at(date, endTime, "date", "endTime");
        LocalDate lastDay = day(deadlineDate, "deadlineDate");
        if (online && (onlineUrl == null || onlineUrl.isBlank())) {
            Messages.error(FORM + ":onlineUrl", Texts.text("authorSessions.onlineUrl.required"));
            return;
        }
        if (start == null || end == null || lastDay == null) {
            return;
        }
        // booking is possible through the whole last day, but never after the start
        ZonedDateTime deadline = lastDay.plusDays(1).atStartOfDay(ZONE).minusMinutes(1);
        if (deadline.isAfter(start)) {
            deadline = start;
        }
        Venue venue = online ? null : new Venue(venueName, venueAddress, venueCity, venueProvince);
        ScheduleSession details = new ScheduleSession(start.toInstant(), end.toInstant(), capacity, deadline.toInstant(), venue,
                online ? onlineUrl : null, Set.of(), null, List.of(), seatsPerOrganisation, null);
        if (!validation.validate(details, FORM, INPUTS)) {
            return;
        }
        try {
            sessions.schedule(courseId, details);
        } catch (AcademyException e) {
            Messages.error(null, e);
            return;
        }
        Messages.info(null, Texts.text("authorSessions.scheduled",
                InstantFormatter.format(start.toInstant(), Texts.text("format.dateTime"), Texts.locale())));
        clearForm();
        refresh();
    }

    private ZonedDateTime at(String day, String time, String dayInput, String timeInput) {
        LocalDate parsedDay = day(day, dayInput);
        if (parsedDay == null) {
            return null;
        }
        if (time == null || time.isBlank()) {
            Messages.error(FORM + ":" + timeInput, Texts.text("authorSessions.time.required"));
            return null;
        }
        try {
            return parsedDay.atTime(LocalTime.parse(time.strip())).atZone(ZONE);
        } catch (DateTimeParseException e) {
            Messages.error(FORM + ":" + timeInput, Texts.text("authorSessions.time.invalid"));
            return null;
        }
    }

    private LocalDate day(String day, String input) {
        if (day == null || day.isBlank()) {
            Messages.error(FORM + ":" + input, Texts.text("authorSessions.date.required"));
            return null;
        }
        try {
            return LocalDate.parse(day.strip());
        } catch (DateTimeParseException e) {
            Messages.error(FORM + ":" + input, Texts.text("authorSessions.date.invalid"));
            return null;
        }
    }

    private void clearForm() {
        date = null;
        startTime = null;
        endTime = null;
        capacity = null;
        seatsPerOrganisation = null;
        deadlineDate = null;
        venueName = null;
        venueAddress = null;
        venueCity = null;
        venueProvince = null;
        onlineUrl = null;
    }

    public void ask(SessionView session) {
        cancelling = session;
        reason = null;
    }

    public void keep() {
        cancelling = null;
        reason = null;
    }

    public void cancel() {
        if (cancelling == null) {
            return;
        }
        CancelSession cancellation = new CancelSession(reason == null ? null : reason.strip());
        if (!validation.validate(cancellation, CANCEL_FORM, Map.of())) {
            return;
        }
        try {
            sessions.cancel(cancelling.id(), cancellation);
        } catch (AcademyException e) {
            Messages.error(null, e);
            return;
        }
        Messages.info(null, Texts.text("authorSessions.cancelled"));
        keep();
        refresh();
    }

    public List<Province> getProvinces() {
        return List.of(Province.values());
    }

    public Long getCourseId() {
        return courseId;
    }

    public void setCourseId(Long courseId) {
        this.courseId = courseId;
    }

    public CourseDetail getCourse() {
        return course;
    }

    public List<SessionView> getSessions() {
        return scheduled;
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }

    public String getStartTime() {
        return startTime;
    }

    public void setStartTime(String startTime) {
        this.startTime = startTime;
    }

    public String getEndTime() {
        return endTime;
    }

    public void setEndTime(String endTime) {
        this.endTime = endTime;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public Integer getSeatsPerOrganisation() {
        return seatsPerOrganisation;
    }

    public void setSeatsPerOrganisation(Integer seatsPerOrganisation) {
        this.seatsPerOrganisation = seatsPerOrganisation;
    }

    public String getDeadlineDate() {
        return deadlineDate;
    }

    public void setDeadlineDate(String deadlineDate) {
        this.deadlineDate = deadlineDate;
    }

    public boolean isOnline() {
        return online;
    }

    public void setOnline(boolean online) {
        this.online = online;
    }

    public String getVenueName() {
        return venueName;
    }

    public void setVenueName(String venueName) {
        this.venueName = venueName;
    }

    public String getVenueAddress() {
        return venueAddress;
    }

    public void setVenueAddress(String venueAddress) {
        this.venueAddress = venueAddress;
    }

    public String getVenueCity() {
        return venueCity;
    }

    public void setVenueCity(String venueCity) {
        this.venueCity = venueCity;
    }

    public Province getVenueProvince() {
        return venueProvince;
    }

    public void setVenueProvince(Province venueProvince) {
        this.venueProvince = venueProvince;
    }

    public String getOnlineUrl() {
        return onlineUrl;
    }

    public void setOnlineUrl(String onlineUrl) {
        this.onlineUrl = onlineUrl;
    }

    public SessionView getCancelling() {
        return cancelling;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
