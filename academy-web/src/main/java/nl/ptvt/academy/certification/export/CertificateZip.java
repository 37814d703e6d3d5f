package nl.ptvt.academy.certification.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.ptvt.academy.certification.CertificateDocument;
import nl.ptvt.academy.certification.OpenBadgeCredentials;
import nl.ptvt.academy.certification.pdf.CertificatePdf;
import nl.ptvt.academy.shared.Page;
import nl.ptvt.academy.shared.PageRequest;

/**
 * Writes certificates into a ZIP, a page of them at a time (thousands never sit in memory at once): for each, its PDF
 * ({@code certificaat-…-CODE.pdf}) and its Open Badges credential as a VC-JWT next to it ({@code ….jwt}).
 */
public final class CertificateZip {

    public static final String MEDIA_TYPE = "application/zip";

    private CertificateZip() {
    }

    /**
     * All certificates the pages hold, from the given first page on; {@code written} hears the running count after
     * each certificate. Returns how many were written.
     */
    public static int write(OutputStream output, Page<CertificateDocument> first,
                            Function<PageRequest, Page<CertificateDocument>> pages, OpenBadgeCredentials badges,
                            IntConsumer written) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(output);
        int count = 0;
        Page<CertificateDocument> page = first;
        while (!page.items().isEmpty()) {
            for (CertificateDocument document : page.items()) {
                add(zip, document, badges);
                written.accept(++count);
            }
            if ((long) (page.page() + 1) * page.size() >= page.total()) {
                break;
            }
            page = pages.apply(new PageRequest(page.page() + 1, page.size()));
        }
        zip.finish();
        zip.flush();
        return count;
    }

    static void add(ZipOutputStream zip, CertificateDocument document, OpenBadgeCredentials badges) throws IOException {
        String pdfName = CertificatePdf.fileName(document);
        zip.putNextEntry(new ZipEntry(pdfName));
        zip.write(CertificatePdf.of(document));
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry(pdfName.substring(0, pdfName.length() - ".pdf".length()) + ".jwt"));
        zip.write(badges.signedCredential(document).getBytes(StandardCharsets.US_ASCII));
        zip.closeEntry();
    }

    /** The first page to read: the largest the services allow. */
    public static PageRequest firstPage() {
        return new PageRequest(0, PageRequest.MAX_SIZE);
    }
}
