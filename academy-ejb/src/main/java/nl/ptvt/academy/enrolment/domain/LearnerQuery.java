package nl.ptvt.academy.enrolment.domain;

import nl.ptvt.academy.catalogue.EnrolmentApproval;
import nl.ptvt.academy.enrolment.EnrolmentStatus;

/**
 * Which enrolments a report or an approver's list shows, every condition optional: one course, one status, the
 * learners of one organisation, courses with one approval policy, and a text in the learner's name or e-mail
 * address.
 */
public record LearnerQuery(Long courseId, EnrolmentStatus status, Long organisationId, EnrolmentApproval approval,
                           String text, Order order) {

    public enum Order { NAME, PROGRESS, LAST_ACTIVITY, OLDEST_REQUEST }
}
