/**
 * REST resources of certificates, and the Open Badges issuer's public side: its signing keys ({@code /api/v1/keys},
 * and {@code /.well-known/jwks.json}), its issuer Profile and the revocation status list.
 */
package nl.ptvt.academy.certification.rest;
