package com.printdesk.invoices;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.printdesk.settings.DocumentKind;
import com.printdesk.settings.DocumentNumbers;
import com.printdesk.shared.Money;
import com.printdesk.shared.NotFound;

/**
 * Adjustment notes ({@code AN-000001}): one per refund, issued in the invoice's transaction with the
 * invoice row locked, checked by refund ID before a number is taken, so a refund reported twice
 * makes one note and never wastes a number.
 */
@Service
public class AdjustmentNotes {

    private static final RowMapper<AdjustmentNote> NOTE = (rs, n) -> new AdjustmentNote(rs.getLong("id"),
            rs.getLong("invoice_id"), rs.getString("number"), (Long) rs.getObject("refund_id"),
            Money.ofCents(rs.getLong("amount_cents")), rs.getString("reason"), rs.getDate("issued_on").toLocalDate(),
            rs.getTimestamp("created_at").toInstant());

    private final JdbcClient jdbc;
    private final DocumentNumbers numbers;
    private final Clock clock;

    AdjustmentNotes(JdbcClient jdbc, DocumentNumbers numbers, Clock clock) {
        this.jdbc = jdbc;
        this.numbers = numbers;
        this.clock = clock;
    }

    /** Issues the note for a refund unless it exists; true when a note was issued now. */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean issueForRefund(long invoiceId, long refundId, Money amount, String reason, LocalDate today) {
        boolean exists = jdbc.sql("SELECT count(*) FROM adjustment_notes WHERE refund_id = ?").param(refundId)
                .query(Long.class).single() > 0;
        if (exists) {
            return false;
        }
        jdbc.sql("""
                INSERT INTO adjustment_notes (invoice_id, number, refund_id, amount_cents, reason, issued_on, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """).params(invoiceId, numbers.next(DocumentKind.ADJUSTMENT), refundId, amount.cents(), reason,
                Date.valueOf(today), Timestamp.from(clock.instant())).update();
        return true;
    }

    @Transactional(readOnly = true)
    public List<AdjustmentNote> forInvoice(long invoiceId) {
        return jdbc.sql("SELECT * FROM adjustment_notes WHERE invoice_id = ? ORDER BY id").param(invoiceId)
                .query(NOTE).list();
    }

    @Transactional(readOnly = true)
    public AdjustmentNote find(long invoiceId, long noteId) {
        return jdbc.sql("SELECT * FROM adjustment_notes WHERE id = ? AND invoice_id = ?").params(noteId, invoiceId)
                .query(NOTE).optional().orElseThrow(() -> new NotFound("Adjustment note"));
    }

    /** The note issued for a refund, once {@code invoices} has issued it. */
    @Transactional(readOnly = true)
    public java.util.Optional<AdjustmentNote> forRefund(long refundId) {
        return jdbc.sql("SELECT * FROM adjustment_notes WHERE refund_id = ?").param(refundId).query(NOTE).optional();
    }

    /** A numbered reduction of what an invoice charges, with the reason printed on it. */
    public record AdjustmentNote(long id, long invoiceId, String number, Long refundId, Money amount, String reason,
            LocalDate issuedOn, Instant createdAt) {

        public String pdfFileName() {
            return "Adjustment-note-" + number + ".pdf";
        }
    }
}
