package nl.ptvt.academy.enrolment.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
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
import nl.ptvt.academy.enrolment.domain.Enrolment;
import nl.ptvt.academy.enrolment.domain.EnrolmentRepository;
import nl.ptvt.academy.identity.Role;
import nl.ptvt.academy.identity.domain.Account;
import nl.ptvt.academy.identity.domain.AccountRepository;
import nl.ptvt.academy.identity.domain.EmailAddress;
import nl.ptvt.academy.shared.AccessRefusedException;
import nl.ptvt.academy.shared.ResourceNotFoundException;
import nl.ptvt.academy.shared.infrastructure.CurrentCaller;
import nl.ptvt.academy.shared.infrastructure.UniqueKeyViolation;

/**
 * One try at enrolling, in a transaction of its own. When a parallel request wins the race for the unique key
 * (course, learner), the try ends in {@link EnrolmentRace} and {@link EnrolmentService} simply tries once more, in
 * a new transaction that sees the winner's enrolment and returns it.
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
    CurrentCaller caller;

    @Inject
    Clock clock;

    @RolesAllowed(Role.Names.LEARNER)
    public EnrolmentResult enrolSelf(long courseId) {
        long me = caller.requireAccountId();
        Course course = course(courseId);
        Instant now = clock.instant();
        Optional<Long> existing = enrolments.findId(courseId, me);
        if (existing.isPresent()) {
            Enrolment enrolment = enrolments.findByIdForUpdate(existing.get()).orElseThrow();
            enrolment.enrolAgain(course, now);
            return new EnrolmentResult(false, assembler.view(enrolment, version(enrolment)));
        }
        Enrolment enrolment = add(Enrolment.selfEnrol(course, me, now));
        return new EnrolmentResult(true, assembler.view(enrolment, version(enrolment)));
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

        Map<String, BulkEnrolmentResult.Line> lines = new HashMap<>();
        long enroller = caller.requireAccountId();
        Instant now = clock.instant();
        // in the order of the account ids, so that two bulk enrolments of overlapping lists lock rows in the same order
        known.entrySet().stream().sorted(Comparator.comparing(entry -> entry.getValue().id())).forEach(entry ->
                lines.put(entry.getKey(), enrol(enroller, course, entry.getValue(), addresses.get(entry.getKey()), now)));
        List<BulkEnrolmentResult.Line> results = new ArrayList<>();
        addresses.forEach((key, address) -> results.add(lines.containsKey(key) ? lines.get(key) : unknownAccount(address)));
        return new BulkEnrolmentResult(courseId, results);
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

    private BulkEnrolmentResult.Line enrol(long enroller, Course course, Account account, String address, Instant now) {
        Optional<Long> existing = enrolments.findId(course.id(), account.id());
        Enrolment enrolment;
        boolean enrolledNow;
        if (existing.isPresent()) {
            enrolment = enrolments.findByIdForUpdate(existing.get()).orElseThrow();
            enrolledNow = enrolment.enrolAgainBy(enroller, course, now);
        } else {
            enrolment = add(Enrolment.enrolBy(enroller, course, account.id(), now));
            enrolledNow = true;
        }
        return new BulkEnrolmentResult.Line(address, enrolledNow ? BulkEnrolmentResult.Outcome.ENROLLED
                : BulkEnrolmentResult.Outcome.ALREADY_ENROLLED, null, enrolment.id(), enrolment.status());
    }

    /**
     * An address without an account is not enrolled. THE PLACE FOR ACCOUNT INVITATIONS: invite the address here
     * and enrol the person when they activate their account (outcome INVITED); until then it is reported as
     * UNKNOWN_ACCOUNT.
     */
    private static BulkEnrolmentResult.Line unknownAccount(String address) {
        return new BulkEnrolmentResult.Line(address, BulkEnrolmentResult.Outcome.NOT_ENROLLED,
                BulkEnrolmentResult.Reason.UNKNOWN_ACCOUNT, null, null);
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
