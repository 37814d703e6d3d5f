package nl.ptvt.academy.enrolment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import nl.ptvt.academy.catalogue.EnrolmentApproval;
import nl.ptvt.academy.catalogue.domain.Course;
import nl.ptvt.academy.catalogue.domain.CourseVersion;
import nl.ptvt.academy.enrolment.domain.Enrolment;
import nl.ptvt.academy.identity.Role;
import nl.ptvt.academy.identity.domain.Account;
import nl.ptvt.academy.identity.domain.AccountRepository;
import nl.ptvt.academy.mail.application.MailOutbox;
import nl.ptvt.academy.organisation.domain.Organisation;
import nl.ptvt.academy.organisation.domain.OrganisationRepository;
import nl.ptvt.academy.shared.infrastructure.AcademySettings;

/**
 * The mails of online learning, queued in the transaction of the change they tell about (so a change that rolls back
 * mails nobody). The texts are in {@link EnrolledMail}, {@link DecisionMail} and {@link ApprovalRequestMail}.
 */
@ApplicationScoped
public class EnrolmentMails {

    @Inject
    MailOutbox outbox;

    @Inject
    AccountRepository accounts;

    @Inject
    OrganisationRepository organisations;

    @Inject
    AcademySettings settings;

    /** A coordinator or administrator enrolled someone whose account is in use. */
    public void enrolledBy(Account enroller, Enrolment enrolment, CourseVersion version, Account learner) {
        outbox.queue(EnrolledMail.compose(learner.email().address(), learner.name(), version.title(), enroller.name(),
                player(enrolment)));
    }

    /** An approver approved or refused a pending enrolment. */
    public void decided(Enrolment enrolment, CourseVersion version) {
        Account learner = accounts.findById(enrolment.accountId()).orElseThrow();
        boolean approved = enrolment.approved().orElseThrow();
        outbox.queue(DecisionMail.compose(learner.email().address(), learner.name(), version.title(), approved,
                enrolment.decisionReason().orElse(null), approved ? player(enrolment) : coursePage(version)));
    }

    /**
     * A learner asks to take a course that needs approval: its approvers hear of it, each once per request (a new
     * request after a refusal is a new request).
     */
    public void awaitingApproval(Enrolment enrolment, CourseVersion version, Course course) {
        Account learner = accounts.findById(enrolment.accountId()).orElseThrow();
        String organisation = learner.organisationId().flatMap(organisations::findById).map(Organisation::name).orElse(null);
        for (Account approver : approvers(course.enrolmentApproval(), learner)) {
            outbox.queue(ApprovalRequestMail.compose(approver.email().address(), approver.name(), learner.name(),
                    learner.email().address(), organisation, version.title(), settings.baseUrl() + "/coordinator/goedkeuren",
                    "enrolment-request:" + enrolment.id() + ":" + enrolment.requestedAt().toEpochMilli() + ":" + approver.id()));
        }
    }

    /**
     * The coordinators of the learner's organisation when the course leaves approval to them (administrators when
     * there are none), else the administrators; never the learner themself.
     */
    private List<Account> approvers(EnrolmentApproval policy, Account learner) {
        List<Account> coordinators = policy == EnrolmentApproval.COORDINATOR && learner.organisationId().isPresent()
                ? others(accounts.findActiveWithRole(Role.COORDINATOR, learner.organisationId().get()), learner) : List.of();
        return coordinators.isEmpty() ? others(accounts.findActiveWithRole(Role.ADMIN, null), learner) : coordinators;
    }

    private static List<Account> others(List<Account> candidates, Account learner) {
        return candidates.stream().filter(candidate -> !candidate.equals(learner)).toList();
    }

    private String player(Enrolment enrolment) {
        return settings.baseUrl() + "/leren?inschrijving=" + enrolment.id();
    }

    private String coursePage(CourseVersion version) {
        return settings.baseUrl() + "/cursus/" + version.course().slug();
    }
}
