/**
 * The pages of sessions: the trainer's list of sessions and a session's participant list with attendance
 * ({@code /trainer/...}), the sign-in sheet download for those pages, and the learner's "mijn boekingen".
 */
package nl.ptvt.academy.session.web;
