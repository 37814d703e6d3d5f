/**
 * The enrolment services: the transaction and security boundary of enrolling, working through lessons and quizzes,
 * approvals and progress reports. Every change to an enrolment's state or progress takes the enrolment's row lock
 * first.
 */
package nl.ptvt.academy.enrolment.application;
