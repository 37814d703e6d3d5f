package nl.ptvt.academy.catalogue.web;

import jakarta.faces.application.ViewHandler;
import nl.ptvt.academy.shared.web.PageAddress;
import nl.ptvt.academy.shared.web.PageAddressViewHandler;

/** Keeps a course page at its own address, {@code /cursus/{slug}}. */
public class CourseAddressViewHandler extends PageAddressViewHandler {

    public CourseAddressViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    protected PageAddress address() {
        return CourseAddressFilter.ADDRESS;
    }

    /** {@code /cursus.xhtml?slug=x&a=b} (or {@code /cursus?slug=x}) becomes {@code /cursus/x?a=b}. */
    static String courseAddress(String contextPath, String url) {
        return CourseAddressFilter.ADDRESS.pretty(contextPath, url);
    }
}
