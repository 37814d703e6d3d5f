/**
 * The authors' pages ({@code /auteur/*}): their list of courses, the course editor (details, modules, lessons and
 * quizzes, publishing and archiving, the publication history) and the preview of a draft as a learner sees it.
 * The beans call the authoring and catalogue contracts only; every rule (versions, quiz options, video addresses,
 * who may edit) is the services' to check, and their refusals are shown as messages.
 */
package nl.ptvt.academy.authoring.web;
