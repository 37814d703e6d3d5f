/** REST resources of background jobs: a job's progress and its result file. */
package nl.ptvt.academy.job.rest;
