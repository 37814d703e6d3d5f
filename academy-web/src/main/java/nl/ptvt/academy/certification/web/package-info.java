/**
 * The pages of certificates: the public verification page {@code /certificaat/{code}} (served by
 * {@link nl.ptvt.academy.certification.web.CertificateAddressFilter}, rate-limited by
 * {@link nl.ptvt.academy.certification.web.VerificationThrottle}) and the holder's {@code /mijn-certificaten} with the
 * PDF download through {@link nl.ptvt.academy.certification.web.MyCertificatePdfServlet}.
 */
package nl.ptvt.academy.certification.web;
