/** The authoring use cases: write a course in versions and publish it. */
package nl.ptvt.academy.authoring.application;
