/**
 * Certificates over REST: the caller's certificates, their PDF and Open Badges credential, the public verification of
 * a code (rate-limited), the administrators' revocation, reissue and manual issue, and a course's certificates; and
 * the Open Badges issuer's public side: its signing keys ({@code /api/v1/keys}, and {@code /.well-known/jwks.json}),
 * its issuer Profile and the revocation status list.
 */
package nl.ptvt.academy.certification.rest;
