/** Writing courses: details, modules, lessons and quizzes, in versions that are published to the catalogue. */
package nl.ptvt.academy.authoring;
