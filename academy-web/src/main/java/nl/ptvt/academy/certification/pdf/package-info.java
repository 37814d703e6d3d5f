/** A certificate as an A4 landscape PDF with a QR code, made from its {@link nl.ptvt.academy.certification.CertificateDocument} alone. */
package nl.ptvt.academy.certification.pdf;
