/**
 * Certificates in bulk as one ZIP: each valid certificate's PDF and its signed Open Badges credential, streamed for the
 * REST API or written by a background job for the pages.
 */
package nl.ptvt.academy.certification.export;
