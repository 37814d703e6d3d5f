/** Runs background jobs on Jakarta Concurrency's managed executor and keeps their progress in the database. */
package nl.ptvt.academy.job.application;
