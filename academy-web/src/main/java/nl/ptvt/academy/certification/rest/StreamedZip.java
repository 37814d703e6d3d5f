package nl.ptvt.academy.certification.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.function.Function;
import nl.ptvt.academy.certification.CertificateDocument;
import nl.ptvt.academy.certification.OpenBadgeCredentials;
import nl.ptvt.academy.certification.export.CertificateZip;
import nl.ptvt.academy.shared.Page;
import nl.ptvt.academy.shared.PageRequest;

/**
 * A ZIP of certificates streamed as it is made. The caller reads the first page before anything is written, so a
 * refusal is still a problem response rather than a broken download.
 */
final class StreamedZip {

    private StreamedZip() {
    }

    static Response of(Function<PageRequest, Page<CertificateDocument>> pages, OpenBadgeCredentials badges, String fileName) {
        Page<CertificateDocument> first = pages.apply(CertificateZip.firstPage());
        StreamingOutput body = output -> CertificateZip.write(output, first, pages, badges, written -> { });
        return Response.ok(body, CertificateZip.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("Cache-Control", "no-store").build();
    }
}
