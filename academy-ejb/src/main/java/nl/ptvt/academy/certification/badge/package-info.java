/**
 * The Academy as an Open Badges 3.0 issuer: its signing keys (separate from the API token key), the
 * OpenBadgeCredential made from a {@link nl.ptvt.academy.certification.CertificateDocument} and signed as a VC-JWT,
 * and the revocation status list that every credential points at. Independent of how certificates are stored: it
 * reads only the document and, for the status list, the ids of revoked rows in the {@code certificate} table.
 */
package nl.ptvt.academy.certification.badge;
