package nl.ptvt.academy.enrolment.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import nl.ptvt.academy.catalogue.EnrolmentApproval;
import nl.ptvt.academy.catalogue.domain.Course;
import nl.ptvt.academy.catalogue.domain.CourseRepository;
import nl.ptvt.academy.catalogue.domain.CourseVersion;
import nl.ptvt.academy.enrolment.ApprovalDecision;
import nl.ptvt.academy.enrolment.BulkEnrolment;
import nl.ptvt.academy.enrolment.BulkEnrolmentResult;
import nl.ptvt.academy.enrolment.EnrolmentOutline;
import nl.ptvt.academy.enrolment.EnrolmentResult;
import nl.ptvt.academy.enrolment.EnrolmentStatus;
import nl.ptvt.academy.enrolment.EnrolmentView;
import nl.ptvt.academy.enrolment.Enrolments;
import nl.ptvt.academy.enrolment.LearnerProgress;
import nl.ptvt.academy.enrolment.domain.Approvers;
import nl.ptvt.academy.enrolment.domain.Enrolment;
import nl.ptvt.academy.enrolment.domain.EnrolmentRepository;
import nl.ptvt.academy.enrolment.domain.LearnerQuery;
import nl.ptvt.academy.identity.Role;
import nl.ptvt.academy.identity.domain.Account;
import nl.ptvt.academy.identity.domain.AccountRepository;
import nl.ptvt.academy.shared.AccessRefusedException;
import nl.ptvt.academy.shared.Page;
import nl.ptvt.academy.shared.PageRequest;
import nl.ptvt.academy.shared.ResourceNotFoundException;
import nl.ptvt.academy.shared.infrastructure.CurrentCaller;

@Stateless
@RolesAllowed(Role.Names.LEARNER)
public class EnrolmentService implements Enrolments {

    @Inject
    EnrolmentTransactions transactions;

    @Inject
    EnrolmentRepository enrolments;

    @Inject
    MyEnrolments mine;

    @Inject
    CourseRepository courses;

    @Inject
    AccountRepository accounts;

    @Inject
    EnrolmentAssembler assembler;

    @Inject
    ProgressRecorder recorder;

    @Inject
    LearnerRows learnerRows;

    @Inject
    CoordinatorScope coordinators;

    @Inject
    EnrolmentMails mails;

    @Inject
    CurrentCaller caller;

    @Inject
    Clock clock;

    /** No transaction here: each try runs in one of its own (see {@link EnrolmentTransactions}). */
    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public EnrolmentResult enrolMe(long courseId) {
        return onceMoreAfterARace(() -> transactions.enrolSelf(courseId));
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    public BulkEnrolmentResult enrolPeople(long courseId, BulkEnrolment people) {
        return onceMoreAfterARace(() -> transactions.enrolPeople(courseId, people));
    }

    /** The winner of a race has committed when the unique key refused us, so a second try finds its enrolment. */
    private static <T> T onceMoreAfterARace(Supplier<T> attempt) {
        try {
            return attempt.get();
        } catch (EnrolmentRace race) {
            return attempt.get();
        }
    }

    @Override
    public Page<EnrolmentView> mine(EnrolmentStatus status, PageRequest page) {
        Page<Enrolment> found = enrolments.ofAccount(caller.requireAccountId(), status, page);
        Map<Long, CourseVersion> versions = courses.findVersions(found.items().stream().map(Enrolment::courseVersionId).distinct().toList())
                .stream().collect(Collectors.toMap(CourseVersion::id, Function.identity()));
        return found.map(enrolment -> assembler.view(enrolment, versions.get(enrolment.courseVersionId())));
    }

    @Override
    public Optional<EnrolmentView> mineInCourse(long courseId) {
        return enrolments.findId(courseId, caller.requireAccountId()).map(mine::find)
                .map(enrolment -> assembler.view(enrolment, mine.version(enrolment)));
    }

    @Override
    public EnrolmentOutline outline(long enrolmentId) {
        Enrolment enrolment = mine.find(enrolmentId);
        return assembler.outline(enrolment, mine.version(enrolment), recorder.records(enrolment));
    }

    @Override
    public EnrolmentView withdraw(long enrolmentId) {
        Enrolment enrolment = mine.lock(enrolmentId);
        enrolment.withdraw(clock.instant());
        return assembler.view(enrolment, mine.version(enrolment));
    }

    @Override
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    public EnrolmentView decide(long enrolmentId, ApprovalDecision decision) {
        ResourceNotFoundException notVisible = new ResourceNotFoundException("enrolment.not-found",
                "There is no enrolment with id " + enrolmentId + " that you may decide on");
        Enrolment enrolment = enrolments.findByIdForUpdate(enrolmentId).orElseThrow(() -> notVisible);
        boolean administrator = caller.isInRole(Role.Names.ADMIN);
        Long coordinatorOrganisation = administrator ? null : coordinators.callerOrganisation().orElse(null);
        Long learnerOrganisation = accounts.findById(enrolment.accountId()).flatMap(Account::organisationId).orElse(null);
        if (!administrator && (coordinatorOrganisation == null || !coordinatorOrganisation.equals(learnerOrganisation))) {
            throw notVisible;
        }
        Course course = courses.findById(enrolment.courseId()).orElseThrow();
        if (!Approvers.mayDecide(course.enrolmentApproval(), administrator, caller.isInRole(Role.Names.COORDINATOR),
                coordinatorOrganisation, learnerOrganisation)) {
            throw new AccessRefusedException("enrolment.approval-by-administrator",
                    "Enrolments in this course are approved by an administrator, not by coordinators");
        }
        long decider = caller.requireAccountId();
        if (decision.approved()) {
            enrolment.approve(decider, decision.reason(), clock.instant());
        } else {
            enrolment.refuse(decider, decision.reason(), clock.instant());
        }
        CourseVersion version = mine.version(enrolment);
        mails.decided(enrolment, version);
        return assembler.view(enrolment, version);
    }

    @Override
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    public Page<LearnerProgress> pendingApprovals(PageRequest page) {
        LearnerQuery query = caller.isInRole(Role.Names.ADMIN)
                ? new LearnerQuery(null, EnrolmentStatus.PENDING, null, null, null, LearnerQuery.Order.OLDEST_REQUEST)
                : new LearnerQuery(null, EnrolmentStatus.PENDING, coordinators.requireCallerOrganisation(),
                        EnrolmentApproval.COORDINATOR, null, LearnerQuery.Order.OLDEST_REQUEST);
        return learnerRows.page(query, page);
    }
}
