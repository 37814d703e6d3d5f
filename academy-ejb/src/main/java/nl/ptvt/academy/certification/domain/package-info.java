/**
 * Certificates: the issuing, validity, renewal, revocation and reissue rules live on
 * {@link nl.ptvt.academy.certification.domain.Certificate}; {@link nl.ptvt.academy.certification.domain.VerificationCode}
 * makes the public codes.
 */
package nl.ptvt.academy.certification.domain;
