package nl.ptvt.academy.session.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.ptvt.academy.catalogue.domain.Course;
import nl.ptvt.academy.catalogue.domain.CourseRepository;
import nl.ptvt.academy.enrolment.application.CoordinatorScope;
import nl.ptvt.academy.identity.AccountInvitations;
import nl.ptvt.academy.identity.Invitation;
import nl.ptvt.academy.identity.Role;
import nl.ptvt.academy.identity.domain.Account;
import nl.ptvt.academy.identity.domain.AccountRepository;
import nl.ptvt.academy.identity.domain.EmailAddress;
import nl.ptvt.academy.organisation.domain.Organisation;
import nl.ptvt.academy.organisation.domain.OrganisationRepository;
import nl.ptvt.academy.session.BookingLine;
import nl.ptvt.academy.session.BookingStatus;
import nl.ptvt.academy.session.BookingView;
import nl.ptvt.academy.session.CancelSession;
import nl.ptvt.academy.session.GroupBooking;
import nl.ptvt.academy.session.OrganisationBooking;
import nl.ptvt.academy.session.ScheduleSession;
import nl.ptvt.academy.session.SessionFilter;
import nl.ptvt.academy.session.SessionView;
import nl.ptvt.academy.session.Sessions;
import nl.ptvt.academy.session.domain.Addressee;
import nl.ptvt.academy.session.domain.Booking;
import nl.ptvt.academy.session.domain.BookingRepository;
import nl.ptvt.academy.session.domain.Participant;
import nl.ptvt.academy.session.domain.SessionRepository;
import nl.ptvt.academy.session.domain.TrainingSession;
import nl.ptvt.academy.shared.AccessRefusedException;
import nl.ptvt.academy.shared.BusinessRuleException;
import nl.ptvt.academy.shared.ConflictException;
import nl.ptvt.academy.shared.Page;
import nl.ptvt.academy.shared.PageRequest;
import nl.ptvt.academy.shared.ResourceNotFoundException;
import nl.ptvt.academy.shared.infrastructure.CurrentCaller;

/**
 * Scheduling sessions and booking seats. Every booking and cancellation first locks its session's row (SELECT ... FOR
 * UPDATE) and only then reads accounts and bookings: parallel requests for one session take turns, so the seat count
 * on the row is exact and waiting-list numbers follow the order in which the requests got the lock.
 */
@Stateless
@Local(Sessions.class)
@LocalBean // besides Sessions: bookPeople calls bookPeopleOnce through the container, each try in a transaction of its own
@RolesAllowed(Role.Names.LEARNER)
public class SessionService implements Sessions {

    @Resource
    SessionContext context;

    @Inject
    AccountInvitations invitations;

    @Inject
    SessionRepository sessions;

    @Inject
    BookingRepository bookings;

    @Inject
    CourseRepository courses;

    @Inject
    AccountRepository accounts;

    @Inject
    OrganisationRepository organisations;

    @Inject
    CoordinatorScope coordinators;

    @Inject
    SessionAssembler assembler;

    @Inject
    CurrentCaller caller;

    @Inject
    Clock clock;

    /** Synchronous, in this transaction: the mails of {@link SessionMails} are stored with the change. */
    @Inject
    Event<SessionEvent> events;

    @Inject
    SessionMails mails;

    @Override
    @RolesAllowed({Role.Names.AUTHOR, Role.Names.ADMIN})
    public SessionView schedule(long courseId, ScheduleSession details) {
        Course course = courses.findById(courseId)
                .orElseThrow(() -> new ResourceNotFoundException("course.not-found", "There is no course with id " + courseId));
        requireAuthor(course);
        requireKnown(details);
        TrainingSession session = sessions.add(TrainingSession.schedule(courseId, course.currentVersion().content().format(),
                details, clock.instant()));
        return assembler.view(session, true);
    }

    private void requireKnown(ScheduleSession details) {
        if (details.organisationId() != null && organisations.findById(details.organisationId()).isEmpty()) {
            throw new BusinessRuleException("session.organisation-unknown", "There is no organisation with id " + details.organisationId());
        }
        for (long trainer : details.trainers()) {
            if (accounts.findById(trainer).isEmpty()) {
                throw new BusinessRuleException("session.trainer-unknown", "There is no account with id " + trainer);
            }
        }
    }

    @Override
    @PermitAll
    public Page<SessionView> list(SessionFilter filter, PageRequest page) {
        return sessions.search(filter, page).map(session -> assembler.view(session, false));
    }

    @Override
    @PermitAll
    public SessionView find(long sessionId) {
        TrainingSession session = session(sessionId);
        return assembler.view(session, mayJoin(session));
    }

    @Override
    @PermitAll
    public List<SessionView> findAll(Collection<Long> sessionIds) {
        List<TrainingSession> found = sessions.findAll(sessionIds);
        Set<Long> joinable = mayJoin(found);
        return found.stream().map(session -> assembler.view(session, joinable.contains(session.id()))).toList();
    }

    @Override
    @RolesAllowed({Role.Names.AUTHOR, Role.Names.ADMIN})
    public SessionView cancel(long sessionId, CancelSession cancellation) {
        TrainingSession session = sessions.findByIdForUpdate(sessionId).orElseThrow(() -> notFound(sessionId));
        requireAuthor(courses.findById(session.courseId()).orElseThrow());
        session.cancelSession(cancellation.reason());
        events.fire(new SessionEvent.SessionCancelled(session, bookings.activeOf(sessionId)));
        return assembler.view(session, true);
    }

    @Override
    @RolesAllowed({Role.Names.AUTHOR, Role.Names.ADMIN})
    public SessionView change(long sessionId, ScheduleSession details) {
        TrainingSession session = lock(sessionId);
        requireAuthor(courses.findById(session.courseId()).orElseThrow());
        requireKnown(details);
        List<Booking> waiting = details.capacity() > session.capacity() ? bookings.waitingForUpdate(sessionId) : List.of();
        TrainingSession.Change change = session.change(details, waiting, clock.instant());
        change.promoted().forEach(promoted -> events.fire(new SessionEvent.BookingPromoted(session, promoted)));
        if (change.timeOrPlaceChanged()) {
            // the promoted heard of the new time in their promotion mail already
            List<Booking> told = bookings.activeOf(sessionId).stream().filter(booking -> !change.promoted().contains(booking)).toList();
            events.fire(new SessionEvent.SessionChanged(session, told));
        }
        return assembler.view(session, true);
    }

    @Override
    public byte[] calendar(long sessionId) {
        TrainingSession session = session(sessionId);
        Account me = accounts.findById(caller.requireAccountId()).orElseThrow();
        Optional<Booking> booking = bookings.find(sessionId, me.id()).filter(Booking::isActive);
        boolean staff = caller.isInRole(Role.Names.ADMIN) || session.isTrainer(me.id());
        if (booking.isEmpty() && !staff) {
            throw new AccessRefusedException("session.not-booked", "Only people booked on this session, its trainers "
                    + "and administrators download its calendar event");
        }
        boolean seat = staff || booking.get().status() == BookingStatus.CONFIRMED;
        return mails.download(session, new Addressee(me.id(), me.email().address(), me.name()), seat);
    }

    @Override
    public BookingLine bookMe(long sessionId) {
        TrainingSession session = lock(sessionId);
        Account me = accounts.findById(caller.requireAccountId()).orElseThrow();
        return book(session, me, me.id(), false);
    }

    /** No transaction here: each try runs in one of its own (see {@link #bookPeopleOnce}). */
    @Override
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<BookingLine> bookPeople(long sessionId, GroupBooking people) {
        SessionService self = context.getBusinessObject(SessionService.class);
        try {
            return self.bookPeopleOnce(sessionId, people);
        } catch (BookingRace race) {
            // the winner has committed, so the second try finds the account it made
            return self.bookPeopleOnce(sessionId, people);
        }
    }

    /**
     * One try at a group booking, in a transaction of its own, under the session's lock. Accounts in use are booked;
     * addresses without one (or whose invitation was never accepted) are invited into the coordinator's organisation
     * and booked at once, so the seat is waiting when they activate the account. Public only so that
     * {@link #bookPeople} can call it through the container; it is not part of {@link Sessions}.
     *
     * @throws BookingRace when a parallel request made an account for one of the addresses first
     */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public List<BookingLine> bookPeopleOnce(long sessionId, GroupBooking people) {
        TrainingSession session = lock(sessionId);
        Optional<Long> organisation = caller.isInRole(Role.Names.ADMIN) ? Optional.empty()
                : Optional.of(coordinators.requireCallerOrganisation());
        Map<String, String> addresses = new LinkedHashMap<>();
        people.participants().forEach(typed -> addresses.putIfAbsent(EmailAddress.of(typed).key(), typed.strip()));
        Map<String, Optional<Account>> known = new LinkedHashMap<>();
        addresses.forEach((key, address) -> known.put(key, accounts.findByEmail(EmailAddress.of(address))));
        refuseOutsiders(known, addresses, organisation);
        long booker = caller.requireAccountId();
        List<BookingLine> lines = new ArrayList<>();
        known.forEach((key, account) -> {
            String address = addresses.get(key);
            if (account.isPresent() && account.get().isActive()) {
                lines.add(book(session, account.get(), booker, false));
            } else if (account.isEmpty() || account.get().isAwaitingActivation()) {
                lines.add(book(session, invite(address, organisation), booker, true));
            } else {
                lines.add(BookingLine.notBooked(address, BookingLine.NotBooked.ACCOUNT_DEACTIVATED));
            }
        });
        return lines;
    }

    /** The invitation and its mail are part of this transaction: when the booking is refused, neither exists. */
    private Account invite(String address, Optional<Long> organisation) {
        Invitation invitation;
        try {
            invitation = invitations.invite(address, organisation.orElse(null));
        } catch (ConflictException e) {
            throw new BookingRace(e);
        }
        if (!invitation.invited()) {
            // the address got an account in use in the meantime: the next try books it as such
            throw new BookingRace(null);
        }
        return accounts.findById(invitation.accountId()).orElseThrow();
    }

    private static void refuseOutsiders(Map<String, Optional<Account>> known, Map<String, String> addresses,
                                        Optional<Long> organisation) {
        if (organisation.isEmpty()) {
            return;
        }
        List<String> outsiders = known.entrySet().stream().filter(entry -> entry.getValue().isPresent())
                .filter(entry -> !Objects.equals(entry.getValue().get().organisationId().orElse(null), organisation.get()))
                .map(entry -> addresses.get(entry.getKey())).sorted().toList();
        if (!outsiders.isEmpty()) {
            throw new AccessRefusedException("session.other-organisation", "You can only book people of your own "
                    + "organisation; not in it: " + String.join(", ", outsiders) + ". Nobody was booked.");
        }
    }

    /** Under the session's lock: the person's existing booking is read after it, so a double booking finds it. */
    private BookingLine book(TrainingSession session, Account account, long booker, boolean invited) {
        Optional<Booking> existing = bookings.findForUpdate(session.id(), account.id());
        boolean alreadyBooked = existing.map(Booking::isActive).orElse(false);
        Booking booking = session.book(participant(session, account), booker, existing.orElse(null), clock.instant());
        if (existing.isEmpty()) {
            bookings.add(booking);
        }
        if (!alreadyBooked) {
            events.fire(SessionEvent.booked(session, booking));
        }
        return assembler.line(booking, account.email().address(), !alreadyBooked, invited);
    }

    /** Counted under the session's lock, so parallel bookings of one organisation cannot pass its limit together. */
    private Participant participant(TrainingSession session, Account account) {
        Optional<Organisation> organisation = account.organisationId().flatMap(organisations::findById);
        int organisationBookings = session.seatsPerOrganisation().isPresent() && organisation.isPresent()
                ? bookings.activeOfOrganisation(session.id(), organisation.get().id()) : 0;
        return new Participant(account.id(), account.organisationId().orElse(null),
                organisation.map(Organisation::province).orElse(null), organisationBookings);
    }

    @Override
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    public List<OrganisationBooking> organisationBookings(long sessionId) {
        TrainingSession session = session(sessionId);
        Long organisation = caller.isInRole(Role.Names.ADMIN) ? null : coordinators.requireCallerOrganisation();
        List<Booking> booked = bookings.activeOf(session.id(), organisation);
        Map<Long, Account> people = accounts.findAllById(booked.stream().map(Booking::accountId).toList()).stream()
                .collect(Collectors.toMap(Account::id, account -> account));
        Map<Long, Integer> positions = assembler.waitlistPositions(session.id());
        return booked.stream().map(booking -> assembler.ofOrganisation(booking, people.get(booking.accountId()),
                positions.get(booking.id()))).toList();
    }

    @Override
    public BookingView cancelBooking(long bookingId) {
        ResourceNotFoundException notVisible = new ResourceNotFoundException("booking.not-found",
                "There is no booking with id " + bookingId + " that you may cancel");
        TrainingSession session = lock(bookings.sessionOf(bookingId).orElseThrow(() -> notVisible));
        Booking booking = bookings.findByIdForUpdate(bookingId).orElseThrow(() -> notVisible);
        long me = caller.requireAccountId();
        boolean staff = caller.isInRole(Role.Names.ADMIN) || caller.isInRole(Role.Names.TRAINER) && session.isTrainer(me);
        if (!staff) {
            if (booking.accountId() != me && !isCoordinatorOf(booking.accountId())) {
                throw notVisible;
            }
            Instant now = clock.instant();
            if (!session.isCancellableByParticipant(now)) {
                throw new BusinessRuleException("booking.cancel-closed", "The booking deadline has passed; "
                        + "only an administrator or a trainer of the session can cancel now");
            }
        }
        boolean hadSeat = booking.status() == BookingStatus.CONFIRMED;
        Booking firstWaiting = hadSeat ? bookings.firstWaitingForUpdate(session.id()).orElse(null) : null;
        Optional<Booking> promoted = session.cancel(booking, firstWaiting, clock.instant());
        events.fire(new SessionEvent.BookingCancelled(session, booking, hadSeat));
        promoted.ifPresent(seated -> events.fire(new SessionEvent.BookingPromoted(session, seated)));
        return assembler.view(booking, session);
    }

    private boolean isCoordinatorOf(long accountId) {
        if (!caller.isInRole(Role.Names.COORDINATOR)) {
            return false;
        }
        Optional<Long> mine = coordinators.callerOrganisation();
        return mine.isPresent() && mine.equals(accounts.findById(accountId).flatMap(Account::organisationId));
    }

    @Override
    public Page<BookingView> myBookings(PageRequest page) {
        Page<Booking> mine = bookings.ofAccount(caller.requireAccountId(), page);
        Map<Long, TrainingSession> booked = sessions.findAll(mine.items().stream().map(Booking::sessionId).distinct().toList())
                .stream().collect(Collectors.toMap(TrainingSession::id, session -> session));
        return mine.map(booking -> assembler.view(booking, booked.get(booking.sessionId())));
    }

    private void requireAuthor(Course course) {
        if (!course.canBeEditedBy(caller.requireAccountId(), caller.isInRole(Role.Names.ADMIN))) {
            throw new AccessRefusedException("session.not-an-author", "Only the course's authors and administrators manage its sessions");
        }
    }

    /** An administrator, a trainer of the session, or a confirmed participant sees the online link. */
    private boolean mayJoin(TrainingSession session) {
        Optional<Long> me = caller.accountId();
        if (me.isEmpty()) {
            return false;
        }
        return caller.isInRole(Role.Names.ADMIN) || session.isTrainer(me.get())
                || bookings.find(session.id(), me.get()).filter(b -> b.status() == BookingStatus.CONFIRMED).isPresent();
    }

    /** {@link #mayJoin(TrainingSession)} for several sessions, with one query for the caller's confirmed bookings. */
    private Set<Long> mayJoin(List<TrainingSession> found) {
        Optional<Long> me = caller.accountId();
        if (me.isEmpty() || found.isEmpty()) {
            return Set.of();
        }
        if (caller.isInRole(Role.Names.ADMIN)) {
            return found.stream().map(TrainingSession::id).collect(Collectors.toSet());
        }
        Set<Long> joinable = new HashSet<>(bookings.confirmedSessionsOf(me.get(), found.stream().map(TrainingSession::id).toList()));
        found.stream().filter(session -> session.isTrainer(me.get())).forEach(session -> joinable.add(session.id()));
        return joinable;
    }

    /** The first statement of a booking or cancellation: everything read after it is current. */
    private TrainingSession lock(long sessionId) {
        return sessions.findByIdForUpdate(sessionId).orElseThrow(() -> notFound(sessionId));
    }

    private TrainingSession session(long sessionId) {
        return sessions.findById(sessionId).orElseThrow(() -> notFound(sessionId));
    }

    private static ResourceNotFoundException notFound(long sessionId) {
        return new ResourceNotFoundException("session.not-found", "There is no session with id " + sessionId);
    }
}
