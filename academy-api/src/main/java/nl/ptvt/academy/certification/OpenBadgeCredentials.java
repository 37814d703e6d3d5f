package nl.ptvt.academy.certification;

/**
 * Makes a certificate's Open Badges 3.0 credential. The caller decides who may have it: this only turns a document
 * into the signed credential, so call it with a document loaded for the certificate's holder or an administrator.
 */
public interface OpenBadgeCredentials {

    /**
     * The certificate as an OpenBadgeCredential, signed as a VC-JWT (compact JWS, {@code RS256} or {@code ES256},
     * {@code kid} = the URL of the public key). For the same document and an RSA key the result is the same text on
     * every call.
     */
    String signedCredential(CertificateDocument document);
}
