package nl.ptvt.academy.session.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.ptvt.academy.catalogue.Catalogue;
import nl.ptvt.academy.organisation.OrganisationMember;
import nl.ptvt.academy.organisation.OrganisationMembers;
import nl.ptvt.academy.session.BookingLine;
import nl.ptvt.academy.session.GroupBooking;
import nl.ptvt.academy.session.OrganisationBooking;
import nl.ptvt.academy.session.SessionFilter;
import nl.ptvt.academy.session.SessionView;
import nl.ptvt.academy.session.Sessions;
import nl.ptvt.academy.shared.AcademyException;
import nl.ptvt.academy.shared.PageRequest;
import nl.ptvt.academy.shared.web.CommandValidation;
import nl.ptvt.academy.shared.web.CurrentUser;
import nl.ptvt.academy.shared.web.Messages;
import nl.ptvt.academy.shared.web.Texts;

/**
 * {@code /coordinator/boeken}: a coordinator picks one of the upcoming sessions, books colleagues on it (picked from
 * the organisation's members and/or typed as addresses; an address without an account is invited and booked) and
 * sees per address what became of it; below, the organisation's bookings for that session, each cancellable after a
 * confirmation. Who may be booked, the seats, the waiting list and the per-organisation limit are the service's.
 */
@Named
@ViewScoped
public class SessionBookingPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "booking";

    @Inject
    Sessions sessions;

    @Inject
    Catalogue catalogue;

    @Inject
    OrganisationMembers members;

    @Inject
    CurrentUser currentUser;

    @Inject
    CommandValidation validation;

    @Inject
    SessionLabels sessionLabels;

    private final SessionCourses courses = new SessionCourses();
    private List<AgendaLine> choices = List.of();
    private Long sessionId;
    private String memberQuery;
    private List<OrganisationMember> memberList = List.of();
    private List<String> pickedEmails = new ArrayList<>();
    private String addresses;
    private List<BookingLine> result;
    private List<OrganisationBooking> booked = List.of();

    @PostConstruct
    void init() {
        List<AgendaLine> found = new ArrayList<>();
        sessions.list(new SessionFilter(null, null, Instant.now(), null), new PageRequest(0, PageRequest.MAX_SIZE)).items()
                .forEach(session -> courses.of(session.courseId(), catalogue).ifPresent(course ->
                        found.add(new AgendaLine(session, course.title(), course.slug(), course.language()))));
        choices = found;
        if (!currentUser.isAdmin()) {
            searchMembers();
        }
    }

    /** The view action and the session choice's change: the organisation's bookings of the chosen session. */
    public void showSession() {
        result = null;
        refreshBookings();
    }

    private void refreshBookings() {
        if (sessionId == null || chosen().isEmpty()) {
            booked = List.of();
            return;
        }
        try {
            booked = sessions.organisationBookings(sessionId);
            choices = choices.stream().map(line -> line.session().id() == sessionId
                    ? new AgendaLine(sessions.find(sessionId), line.courseTitle(), line.courseSlug(), line.courseLanguage())
                    : line).toList();
        } catch (AcademyException e) {
            booked = List.of();
            Messages.error(null, e);
        }
    }

    public void searchMembers() {
        try {
            memberList = members.find(null, memberQuery);
        } catch (AcademyException e) {
            memberList = List.of();
            Messages.error(FORM + ":members", e);
        }
    }

    public void book() {
        result = null;
        if (sessionId == null || chosen().isEmpty()) {
            Messages.error(FORM + ":session", Texts.text("booking.session.required"));
            return;
        }
        Set<String> people = new LinkedHashSet<>(pickedEmails);
        people.addAll(split(addresses));
        if (people.isEmpty()) {
            Messages.error(FORM + ":addresses", Texts.text("booking.nobody"));
            return;
        }
        GroupBooking command = new GroupBooking(List.copyOf(people));
        if (!validation.validate(command, FORM, Map.of("participants", "addresses"))) {
            return;
        }
        try {
            result = sessions.bookPeople(sessionId, command);
        } catch (AcademyException e) {
            Messages.error(FORM + ":addresses", e);
            return;
        }
        long booked = result.stream().filter(line -> line.id() != null).count();
        Messages.info(null, Texts.text("booking.done", booked, result.size()));
        addresses = null;
        pickedEmails = new ArrayList<>();
        refreshBookings();
    }

    public void cancel(long bookingId) {
        try {
            sessions.cancelBooking(bookingId);
        } catch (AcademyException e) {
            Messages.error(null, e);
            refreshBookings();
            return;
        }
        Messages.info(null, Texts.text("booking.cancelled"));
        result = null;
        refreshBookings();
    }

    /** The addresses typed: separated by line breaks, spaces, commas or semicolons. */
    static List<String> split(String typed) {
        return typed == null ? List.of() : Arrays.stream(typed.split("[\\s,;]+")).filter(address -> !address.isEmpty()).toList();
    }

    /** What became of an address: "Geboekt", "Wachtlijst, plaats 2", "Uitgenodigd en geboekt", "Niet geboekt: …". */
    public String outcome(BookingLine line) {
        if (line.notBooked() != null) {
            return Texts.text("booking.notBooked." + line.notBooked().name());
        }
        String status = sessionLabels.status(line.status(), line.waitlistPosition());
        if (line.invited()) {
            return Texts.text("booking.invited", status);
        }
        return line.created() ? status : Texts.text("booking.already", status);
    }

    public String outcomeIcon(BookingLine line) {
        if (line.notBooked() != null) {
            return "✗";
        }
        return line.invited() ? "✉" : line.status() == nl.ptvt.academy.session.BookingStatus.CONFIRMED ? "✓" : "⧗";
    }

    /** "Techniekcoach basistraining – dinsdag 14 april 2026, 09:30–16:30 – Zwolle (Overijssel)". */
    public String label(AgendaLine line) {
        return line.courseTitle() + " – " + sessionLabels.when(line.session()) + " – " + sessionLabels.place(line.session());
    }

    public Optional<AgendaLine> chosen() {
        return choices.stream().filter(line -> sessionId != null && line.session().id() == sessionId).findFirst();
    }

    public AgendaLine getChosenLine() {
        return chosen().orElse(null);
    }

    public List<AgendaLine> getChoices() {
        return choices;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public void setSessionId(Long sessionId) {
        this.sessionId = sessionId;
    }

    public String getMemberQuery() {
        return memberQuery;
    }

    public void setMemberQuery(String memberQuery) {
        this.memberQuery = memberQuery;
    }

    public List<OrganisationMember> getMembers() {
        return memberList;
    }

    public List<String> getPickedEmails() {
        return pickedEmails;
    }

    public void setPickedEmails(List<String> pickedEmails) {
        this.pickedEmails = pickedEmails == null ? new ArrayList<>() : new ArrayList<>(pickedEmails);
    }

    public String getAddresses() {
        return addresses;
    }

    public void setAddresses(String addresses) {
        this.addresses = addresses;
    }

    public List<BookingLine> getResult() {
        return result;
    }

    public List<OrganisationBooking> getBooked() {
        return booked;
    }
}
