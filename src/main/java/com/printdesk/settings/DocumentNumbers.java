package com.printdesk.settings;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.printdesk.shared.BusinessRuleViolation;

/**
 * Hands out document numbers ({@code INV-000123}) without gaps or duplicates. The counter row is
 * updated in the caller's transaction: concurrent issuers queue on its row lock, and a rollback
 * returns the number. Must be called inside the transaction that stores the number.
 */
@Service
public class DocumentNumbers {

    private final JdbcClient jdbc;

    DocumentNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public String next(DocumentKind kind) {
        return jdbc.sql("""
                UPDATE document_numbers SET next_number = next_number + 1 WHERE kind = ?
                RETURNING prefix || lpad((next_number - 1)::text, 6, '0')
                """)
                .param(kind.name())
                .query(String.class)
                .single();
    }

    @Transactional(readOnly = true)
    public List<Numbering> all() {
        return jdbc.sql("SELECT kind, prefix, next_number FROM document_numbers ORDER BY kind")
                .query((rs, row) -> new Numbering(DocumentKind.valueOf(rs.getString(1)), rs.getString(2), rs.getLong(3)))
                .list();
    }

    /** Changes a prefix and next number; the number may only go up, so no number is ever handed out twice. */
    @Transactional
    public void change(DocumentKind kind, String prefix, long nextNumber) {
        if (!prefix.matches("[A-Z0-9-]{1,10}")) {
            throw new BusinessRuleViolation("A prefix is 1 to 10 capital letters, digits or dashes, like INV-");
        }
        if (nextNumber > 999_999) {
            throw new BusinessRuleViolation("Numbers have six digits; the next number must be at most 999999");
        }
        int changed = jdbc.sql("UPDATE document_numbers SET prefix = ?, next_number = ? WHERE kind = ? AND next_number <= ?")
                .params(prefix, nextNumber, kind.name(), nextNumber)
                .update();
        if (changed == 0) {
            throw new BusinessRuleViolation("The next " + kind.name().toLowerCase()
                    + " number cannot go down: numbers below it may already be in use");
        }
    }

    public record Numbering(DocumentKind kind, String prefix, long nextNumber) {

        public String example() {
            return prefix + String.format("%06d", nextNumber);
        }
    }
}
