/**
 * The pages of online learning: enrolling from a course's page, the lesson player ({@code /leren}), the learner's
 * dashboard ({@code /mijn-academy}), the coordinators' pages ({@code /coordinator/*}: progress of their
 * organisation's people, enrolling colleagues, approvals) and the authors' list of a course's learners
 * ({@code /auteur/deelnemers}), with the CSV export of a progress report. The beans call the enrolment contracts
 * only; who may see or change what is the services' to decide, and their refusals become messages or error pages.
 */
package nl.ptvt.academy.enrolment.web;
