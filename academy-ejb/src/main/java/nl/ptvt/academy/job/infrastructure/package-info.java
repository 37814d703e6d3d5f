/** Where background jobs are kept. */
package nl.ptvt.academy.job.infrastructure;
