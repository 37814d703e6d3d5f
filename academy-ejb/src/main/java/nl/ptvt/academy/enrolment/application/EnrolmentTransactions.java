package nl.ptvt.academy.enrolment.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.ptvt.academy.catalogue.domain.Course;
import nl.ptvt.academy.catalogue.domain.CourseRepository;
import nl.ptvt.academy.catalogue.domain.CourseVersion;
import nl.ptvt.academy.enrolment.BulkEnrolment;
import nl.ptvt.academy.enrolment.BulkEnrolmentResult;
import nl.ptvt.academy.enrolment.EnrolmentResult;
import nl.ptvt.academy.enrolment.EnrolmentStatus;
import nl.ptvt.academy.enrolment.domain.Enrolment;
import nl.ptvt.academy.enrolment.domain.EnrolmentRepository;
import nl.ptvt.academy.identity.AccountInvitations;
import nl.ptvt.academy.identity.Invitation;
import nl.ptvt.academy.identity.Role;
import nl.ptvt.academy.identity.domain.Account;
import nl.ptvt.academy.identity.domain.AccountRepository;
import nl.ptvt.academy.identity.domain.EmailAddress;
import nl.ptvt.academy.shared.AccessRefusedException;
import nl.ptvt.academy.shared.ConflictException;
import nl.ptvt.academy.shared.ResourceNotFoundException;
import nl.ptvt.academy.shared.infrastructure.CurrentCaller;
import nl.ptvt.academy.shared.infrastructure.UniqueKeyViolation;

/**
 * One try at enrolling, in a transaction of its own, with the invitations and mails it causes. When a parallel
 * request wins the race for the unique key (course, learner), or for a new account's address, the try ends in
 * {@link EnrolmentRace} and {@link EnrolmentService} simply tries once more, in a new transaction that sees the
 * winner's enrolment or account.
 */
@Stateless
public class EnrolmentTransactions {

    @Inject
    EnrolmentRepository enrolments;

    @Inject
    CourseRepository courses;

    @Inject
    AccountRepository accounts;

    @Inject
    EnrolmentAssembler assembler;

    @Inject
    CoordinatorScope coordinators;

    @Inject
    AccountInvitations invitations;

    @Inject
    EnrolmentMails mails;

    @Inject
    CurrentCaller caller;

    @Inject
    Clock clock;

    @RolesAllowed(Role.Names.LEARNER)
    public EnrolmentResult enrolSelf(long courseId) {
        long me = caller.requireAccountId();
        Course course = course(courseId);
        Instant now = clock.instant();
        Optional<Long> existing = enrolments.findId(courseId, me);
        Enrolment enrolment;
        boolean changed;
        if (existing.isPresent()) {
            enrolment = enrolments.findByIdForUpdate(existing.get()).orElseThrow();
            changed = enrolment.enrolAgain(course, now);
        } else {
            enrolment = add(Enrolment.selfEnrol(course, me, now));
            changed = true;
        }
        CourseVersion version = version(enrolment);
        if (changed && enrolment.status() == EnrolmentStatus.PENDING) {
            mails.awaitingApproval(enrolment, version, course);
        }
        return new EnrolmentResult(existing.isEmpty(), assembler.view(enrolment, version));
    }

    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    public BulkEnrolmentResult enrolPeople(long courseId, BulkEnrolment people) {
        Course course = course(courseId);
        Enrolment.openVersion(course);
        Optional<Long> organisation = caller.isInRole(Role.Names.ADMIN) ? Optional.empty()
                : Optional.of(coordinators.requireCallerOrganisation());
        Map<String, String> addresses = new LinkedHashMap<>();
        for (String typed : people.emails()) {
            EmailAddress email = EmailAddress.of(typed);
            addresses.putIfAbsent(email.key(), email.address());
        }
        Map<String, Account> known = new HashMap<>();
        addresses.forEach((key, address) -> accounts.findByEmail(EmailAddress.of(address)).ifPresent(account -> known.put(key, account)));
        refuseOutsiders(known, addresses, organisation);

        Account enroller = accounts.findById(caller.requireAccountId()).orElseThrow();
        Instant now = clock.instant();
        Bulk bulk = new Bulk(enroller, course, organisation.orElse(null), now);
        Map<String, BulkEnrolmentResult.Line> lines = new HashMap<>();
        // in the order of the account ids, so that two bulk enrolments of overlapping lists lock rows in the same order
        known.entrySet().stream().sorted(Comparator.comparing(entry -> entry.getValue().id())).forEach(entry ->
                lines.put(entry.getKey(), enrolKnown(bulk, entry.getValue(), addresses.get(entry.getKey()))));
        addresses.forEach((key, address) -> lines.computeIfAbsent(key, unknown -> inviteAndEnrol(bulk, address)));
        return new BulkEnrolmentResult(courseId, addresses.keySet().stream().map(lines::get).toList());
    }

    /** Who enrols whom, in which course, and into which organisation they invite ({@code null}: none). */
    private record Bulk(Account enroller, Course course, Long organisationId, Instant now) {
    }

    private static void refuseOutsiders(Map<String, Account> known, Map<String, String> addresses, Optional<Long> organisation) {
        if (organisation.isEmpty()) {
            return;
        }
        List<String> outsiders = known.entrySet().stream()
                .filter(entry -> !Objects.equals(entry.getValue().organisationId().orElse(null), organisation.get()))
                .map(entry -> addresses.get(entry.getKey())).sorted().toList();
        if (!outsiders.isEmpty()) {
            throw new AccessRefusedException("enrolment.other-organisation", "You can only enrol people of your own "
                    + "organisation; not in it: " + String.join(", ", outsiders) + ". Nobody was enrolled.");
        }
    }

    /** An account in use is enrolled and mailed; one never activated is invited again; a deactivated one is left out. */
    private BulkEnrolmentResult.Line enrolKnown(Bulk bulk, Account account, String address) {
        if (account.isAwaitingActivation()) {
            return inviteAndEnrol(bulk, address);
        }
        if (!account.isActive()) {
            return new BulkEnrolmentResult.Line(address, BulkEnrolmentResult.Outcome.NOT_ENROLLED,
                    BulkEnrolmentResult.Reason.ACCOUNT_DEACTIVATED, null, null);
        }
        Placement placement = enrol(bulk, account.id());
        if (placement.changed()) {
            mails.enrolledBy(bulk.enroller(), placement.enrolment(), version(placement.enrolment()), account);
        }
        return placement.line(address, placement.changed() ? BulkEnrolmentResult.Outcome.ENROLLED
                : BulkEnrolmentResult.Outcome.ALREADY_ENROLLED);
    }

    /**
     * The address gets an invitation with an activation link (in the caller's transaction, like everything here) and
     * is enrolled at once on the invited account, so the course is waiting when the person activates it. The
     * invitation mail is the only mail: the course shows on their dashboard after activation.
     */
    private BulkEnrolmentResult.Line inviteAndEnrol(Bulk bulk, String address) {
        Invitation invitation;
        try {
            invitation = invitations.invite(address, bulk.organisationId());
        } catch (ConflictException e) {
            // a parallel request registered or invited the address first: the next try finds the account
            throw new EnrolmentRace(e);
        }
        if (!invitation.invited()) {
            // the address got an account in use in the meantime: the next try enrols it as such
            throw new EnrolmentRace(null);
        }
        return enrol(bulk, invitation.accountId()).line(address, BulkEnrolmentResult.Outcome.INVITED);
    }

    private Placement enrol(Bulk bulk, long accountId) {
        Optional<Long> existing = enrolments.findId(bulk.course().id(), accountId);
        if (existing.isPresent()) {
            Enrolment enrolment = enrolments.findByIdForUpdate(existing.get()).orElseThrow();
            return new Placement(enrolment, enrolment.enrolAgainBy(bulk.enroller().id(), bulk.course(), bulk.now()));
        }
        return new Placement(add(Enrolment.enrolBy(bulk.enroller().id(), bulk.course(), accountId, bulk.now())), true);
    }

    /** An enrolment after a coordinator's enrolment, and whether that changed it. */
    private record Placement(Enrolment enrolment, boolean changed) {

        BulkEnrolmentResult.Line line(String address, BulkEnrolmentResult.Outcome outcome) {
            return new BulkEnrolmentResult.Line(address, outcome, null, enrolment.id(), enrolment.status());
        }
    }

    private Enrolment add(Enrolment enrolment) {
        try {
            return enrolments.add(enrolment);
        } catch (RuntimeException e) {
            if (UniqueKeyViolation.causedBy(e)) {
                throw new EnrolmentRace(e);
            }
            throw e;
        }
    }

    private Course course(long courseId) {
        return courses.findById(courseId)
                .orElseThrow(() -> new ResourceNotFoundException("course.not-found", "There is no course with id " + courseId));
    }

    private CourseVersion version(Enrolment enrolment) {
        return courses.findVersion(enrolment.courseVersionId()).orElseThrow();
    }
}
