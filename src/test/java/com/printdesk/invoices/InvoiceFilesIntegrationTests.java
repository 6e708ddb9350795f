package com.printdesk.invoices;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;

import com.printdesk.dev.EmbeddedInfrastructure;
import com.printdesk.files.Bucket;
import com.printdesk.files.Storage;
import com.printdesk.files.StoredObject;
import com.printdesk.settings.Settings;
import com.printdesk.shared.BusinessRuleViolation;
import com.printdesk.support.IntegrationTest;
import com.printdesk.support.TestData;

@IntegrationTest
class InvoiceFilesIntegrationTests {

    static final byte[] PDF = "%PDF-1.4\n%test\n".getBytes();

    @Autowired
    Invoices invoices;

    @Autowired
    InvoicePdfs pdfs;

    @Autowired
    InvoiceAttachments attachments;

    @Autowired
    Storage storage;

    @Autowired
    Settings settings;

    @Autowired
    TestData data;

    @Test
    void theTaxInvoicePdfHoldsEveryElementTheAtoRequires() throws IOException {
        long client = data.client().clientId();
        long id = invoices.createDraft(new InvoiceDraft(client, TestData.details("Ada Lovelace",
                "Gear housing", "2", "120.00", "Support removal", "1", "30.50")));
        InvoiceView invoice = invoices.issue(id);

        String text = text(pdfs.bytes(pdfs.pdf(invoice)));

        var business = settings.current();
        assertThat(text).contains(business.gstRegistered() ? "Tax invoice" : "Invoice")
                .contains(business.businessName())
                .contains(invoice.number())
                .contains("Ada Lovelace")
                .contains("Gear housing").contains("Support removal")
                .contains("$120.00").contains("$240.00").contains("$30.50")
                .contains("Subtotal").contains("$270.50")
                .contains("GST (10 %)").contains("$27.05")
                .contains("Total (AUD)").contains("$297.55")
                .contains("Balance due")
                .contains("Taxable")
                .contains("/portal/invoices/" + id);
        if (business.abn() != null) {
            assertThat(text).contains("ABN " + business.formattedAbn());
        }
    }

    @Test
    void thePdfIsStoredUnderItsContentHashAndReusedWhileUnchanged() {
        long client = data.client().clientId();
        long id = invoices.createDraft(new InvoiceDraft(client, TestData.details("Ada", "Part", "1", "10.00")));
        InvoicePdfs.StoredPdf first = pdfs.pdf(invoices.view(id));
        assertThat(first.key()).matches("invoice/" + id + "/[0-9a-f]{32}\\.pdf");
        assertThat(pdfs.pdf(invoices.view(id)).key()).isEqualTo(first.key());

        InvoicePdfs.StoredPdf issued = pdfs.pdf(invoices.issue(id));
        assertThat(issued.key()).isNotEqualTo(first.key());
        assertThat(issued.fileName()).matches("(Tax-invoice|Invoice)-INV-\\d{6}\\.pdf");
        awaitGone(Bucket.PDFS, first.key());
    }

    @Test
    void attachmentsAreJudgedByTheirBytes() throws IOException {
        long id = invoices.createDraft(new InvoiceDraft(data.client().clientId(),
                TestData.details("Ada", "Part", "1", "10.00")));
        attachments.attach(id, new MockMultipartFile("file", "receipt.pdf", "application/pdf", PDF));
        var refused = org.assertj.core.api.Assertions.catchThrowable(() -> attachments.attach(id,
                new MockMultipartFile("file", "evil.pdf", "application/pdf", "<script>x</script>".getBytes())));
        assertThat(refused).isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("judged by its content");
        assertThat(attachments.list(id)).extracting(InvoiceAttachments.AttachmentView::name).containsExactly("receipt.pdf");
        assertThat(storage.list(Bucket.ATTACHMENTS, id + "/")).hasSize(1);
    }

    @Test
    void deletingADraftRemovesItsObjectsEvenWhenStorageIsDownAtTheTime() throws Exception {
        long id = invoices.createDraft(new InvoiceDraft(data.client().clientId(),
                TestData.details("Ada", "Part", "1", "10.00")));
        attachments.attach(id, new MockMultipartFile("file", "a.pdf", "application/pdf", PDF));
        attachments.attach(id, new MockMultipartFile("file", "b.pdf", "application/pdf", PDF));
        String pdfKey = pdfs.pdf(invoices.view(id)).key();
        List<String> keys = storage.list(Bucket.ATTACHMENTS, id + "/").stream().map(StoredObject::key).toList();
        assertThat(keys).hasSize(2);

        EmbeddedInfrastructure.stopS3();
        try {
            invoices.deleteDraft(id);   // succeeds although storage is unreachable
            Thread.sleep(2500);         // the delete task runs and fails meanwhile
        }
        finally {
            EmbeddedInfrastructure.startS3();
        }

        for (String key : keys) {
            awaitGone(Bucket.ATTACHMENTS, key);
        }
        awaitGone(Bucket.PDFS, pdfKey);
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> invoices.view(id)))
                .isInstanceOf(com.printdesk.shared.NotFound.class);
    }

    private void awaitGone(Bucket bucket, String key) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (storage.exists(bucket, key) && System.nanoTime() < deadline) {
            sleep();
        }
        assertThat(storage.exists(bucket, key)).as(key + " removed").isFalse();
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
