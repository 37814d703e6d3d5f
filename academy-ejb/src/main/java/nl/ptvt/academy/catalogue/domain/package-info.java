/**
 * The course and its versions: content (modules, lessons, quizzes), the publication lifecycle and the versioning
 * rule, quiz grading, and what the catalogue indexes. Written by authoring, read by the catalogue.
 */
package nl.ptvt.academy.catalogue.domain;
