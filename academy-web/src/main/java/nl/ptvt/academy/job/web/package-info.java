/** A background job on a page: its progress bar, its status in words, and the download of its result. */
package nl.ptvt.academy.job.web;
