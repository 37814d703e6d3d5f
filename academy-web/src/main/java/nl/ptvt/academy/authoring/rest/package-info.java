/** REST resources for authors: courses, modules, lessons and quizzes, publishing and archiving. */
package nl.ptvt.academy.authoring.rest;
