/**
 * Enrolments and progress: the {@link nl.ptvt.academy.enrolment.domain.Enrolment} state machine with its stored
 * progress, the completion rule ({@link nl.ptvt.academy.enrolment.domain.CompletionRule}), who may approve
 * ({@link nl.ptvt.academy.enrolment.domain.Approvers}), lessons marked as done and quiz attempts.
 */
package nl.ptvt.academy.enrolment.domain;
