/**
 * Certificates over REST: the caller's certificates and their PDF, the public verification of a code
 * (rate-limited), and the administrators' revocation, reissue and manual issue, and a course's certificates.
 */
package nl.ptvt.academy.certification.rest;
