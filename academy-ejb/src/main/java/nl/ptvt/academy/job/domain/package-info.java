/** A background job's state and the rules of how it moves: queued, running with progress, done or failed, expired. */
package nl.ptvt.academy.job.domain;
