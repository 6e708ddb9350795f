package com.printdesk.jobs;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.printdesk.shared.BusinessRuleViolation;

/**
 * A print job. Created by {@link JobCreation} (plain SQL, so a redelivered invoice event cannot make a
 * second job); every later change goes through this class, which guards the status flow.
 */
@Entity
@Table(name = "print_jobs")
class PrintJob {

    @Id
    private Long id;

    @Column(name = "client_id", nullable = false)
    private long clientId;

    @Column(name = "client_name", nullable = false)
    private String clientName;

    @Column(name = "invoice_id", nullable = false)
    private long invoiceId;

    @Column(name = "invoice_number", nullable = false)
    private String invoiceNumber;

    @Column(name = "line_position", nullable = false)
    private int linePosition;

    private String description;

    private BigDecimal quantity;

    @Column(name = "material_id")
    private Long materialId;

    @Column(name = "material_name")
    private String materialName;

    @Column(name = "printer_id")
    private Long printerId;

    @Enumerated(EnumType.STRING)
    private JobStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "held_from_status")
    private JobStatus heldFromStatus;

    @Column(name = "status_reason")
    private String statusReason;

    private int priority;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "estimated_minutes")
    private Integer estimatedMinutes;

    @Column(name = "estimated_grams")
    private BigDecimal estimatedGrams;

    @Column(name = "actual_minutes")
    private Integer actualMinutes;

    @Column(name = "actual_grams")
    private BigDecimal actualGrams;

    private String notes;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Version
    private long version;

    protected PrintJob() {
    }

    /** Refuses a change based on an older copy of the job (the board or page was stale). */
    void checkVersion(long expectedVersion) {
        if (version != expectedVersion) {
            throw new StaleJob(id);
        }
    }

    /** A plain step along the flow (not hold, resume or cancel, which carry more). */
    JobStatus moveTo(JobStatus to, Instant now) {
        if (to == JobStatus.ON_HOLD || to == JobStatus.CANCELLED) {
            throw new BusinessRuleViolation("Give a reason to " + (to == JobStatus.ON_HOLD ? "hold" : "cancel")
                    + " a job");
        }
        JobStatusPolicy.check(status, to);
        return change(to, null, now);
    }

    JobStatus hold(String reason, Instant now) {
        JobStatusPolicy.check(status, JobStatus.ON_HOLD);
        JobStatus from = status;
        change(JobStatus.ON_HOLD, requireReason(reason, "hold"), now);
        heldFromStatus = from;
        return from;
    }

    /** Back to the status the job was held from. */
    JobStatus resume(Instant now) {
        if (status != JobStatus.ON_HOLD) {
            throw new BusinessRuleViolation("Only a job on hold can be resumed");
        }
        JobStatus back = heldFromStatus;
        heldFromStatus = null;
        change(back, null, now);
        return JobStatus.ON_HOLD;
    }

    JobStatus cancel(String reason, Instant now) {
        JobStatusPolicy.check(status, JobStatus.CANCELLED);
        heldFromStatus = null;
        return change(JobStatus.CANCELLED, requireReason(reason, "cancel"), now);
    }

    private JobStatus change(JobStatus to, String reason, Instant now) {
        JobStatus from = status;
        status = to;
        statusReason = reason;
        updatedAt = now;
        return from;
    }

    /** Records actual usage; a job still printing moves on to post-processing. */
    JobStatus complete(int minutes, BigDecimal grams, Instant now) {
        if (status != JobStatus.PRINTING && status != JobStatus.POST_PROCESSING && status != JobStatus.READY
                && status != JobStatus.DELIVERED) {
            throw new BusinessRuleViolation("Actual time and grams are recorded once the job has printed; this job is "
                    + status.displayName().toLowerCase());
        }
        if (minutes < 0 || grams == null || grams.signum() < 0) {
            throw new BusinessRuleViolation("Enter the actual print time and grams (zero or more)");
        }
        actualMinutes = minutes;
        actualGrams = grams;
        completedAt = now;
        updatedAt = now;
        return status == JobStatus.PRINTING ? change(JobStatus.POST_PROCESSING, null, now) : status;
    }

    void assign(Long printer, Instant now) {
        if (status.isFinal()) {
            throw new BusinessRuleViolation("A " + status.displayName().toLowerCase() + " job stays where it is");
        }
        if (status == JobStatus.PRINTING && printer == null) {
            throw new BusinessRuleViolation("A job that is printing needs its printer; move it back to the queue first");
        }
        printerId = printer;
        updatedAt = now;
    }

    void plan(int newPriority, LocalDate due, String newNotes, Instant now) {
        if (newPriority < 1 || newPriority > 9) {
            throw new BusinessRuleViolation("Priority is from 1 (most urgent) to 9");
        }
        priority = newPriority;
        dueDate = due;
        notes = newNotes == null || newNotes.isBlank() ? null : newNotes.strip();
        updatedAt = now;
    }

    private static String requireReason(String reason, String verb) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleViolation("Give a reason to " + verb + " the job");
        }
        return reason.strip();
    }

    long id() {
        return id;
    }

    long clientId() {
        return clientId;
    }

    long invoiceId() {
        return invoiceId;
    }

    String label() {
        return "Job #" + id + " (" + description + ", " + invoiceNumber + ")";
    }

    JobStatus status() {
        return status;
    }

    JobStatus heldFromStatus() {
        return heldFromStatus;
    }

    Long printerId() {
        return printerId;
    }

    int priority() {
        return priority;
    }

    long version() {
        return version;
    }

    LocalDate dueDate() {
        return dueDate;
    }

    String notes() {
        return notes;
    }
}
