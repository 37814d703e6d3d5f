/**
 * REST resources of online learning: enrolling (oneself or in bulk), the caller's enrolments with the lesson
 * player's calls (lessons, completion, quiz attempts), approvals, and the progress reports with their CSV export.
 */
package nl.ptvt.academy.enrolment.rest;
