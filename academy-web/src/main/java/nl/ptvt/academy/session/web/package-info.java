/**
 * The pages of sessions: the sessions on a course's page ({@code /cursus/{slug}}), the public calendar
 * ({@code /agenda}), the coordinator's page for booking colleagues ({@code /coordinator/boeken}), the trainer's list
 * of sessions and a session's participant list with attendance ({@code /trainer/...}) with the sign-in sheet
 * download, and the learner's "mijn boekingen".
 */
package nl.ptvt.academy.session.web;
