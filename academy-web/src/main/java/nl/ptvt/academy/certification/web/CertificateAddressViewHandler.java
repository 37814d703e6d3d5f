package nl.ptvt.academy.certification.web;

import jakarta.faces.application.ViewHandler;
import nl.ptvt.academy.shared.web.PageAddress;
import nl.ptvt.academy.shared.web.PageAddressViewHandler;

/** Keeps a certificate's page at its own address, {@code /certificaat/{code}}. */
public class CertificateAddressViewHandler extends PageAddressViewHandler {

    public CertificateAddressViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    protected PageAddress address() {
        return CertificateAddressFilter.ADDRESS;
    }
}
