/**
 * Background jobs: long work (issuing certificates for a whole session, a ZIP of thousands of certificates) runs
 * outside the request that asked for it, with its progress readable by the person who asked, so a page shows a
 * progress bar and offers the result when it is done.
 */
package nl.ptvt.academy.job;
