/**
 * Certificates' use cases: issuing (on completion, attendance or by an administrator), the holder's list and
 * documents, public verification, revocation and reissue.
 */
package nl.ptvt.academy.certification.application;
