package com.printdesk.jobs;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.printdesk.accounts.AccountPrincipal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code GET /api/client/jobs}: the signed-in client's print jobs, newest first, a page at a time. */
@RestController
@Tag(name = "Client", description = "What the signed-in client may read (session authentication)")
class ClientJobsApi {

    static final int MAX_SIZE = 100;

    private final PrintJobs jobs;

    ClientJobsApi(PrintJobs jobs) {
        this.jobs = jobs;
    }

    @GetMapping("/api/client/jobs")
    @Operation(summary = "The signed-in client's print jobs, newest first",
            description = "Needs a CLIENT session. Errors are RFC 9457 problem details.")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = JobPage.class)))
    @ApiResponse(responseCode = "401", description = "not signed in", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "403", description = "not a client account", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<?> list(@AuthenticationPrincipal AccountPrincipal me,
            @Parameter(description = "zero-based page") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "page size, 1–100") @RequestParam(defaultValue = "20") int size) {
        if (me == null || me.isAdmin()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                    "Only a client account has jobs here; staff use /admin/jobs");
            problem.setTitle("Forbidden");
            return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        Page<JobView> result = jobs.forClient(me.clientId(),
                PageRequest.of(Math.max(0, page), Math.max(1, Math.min(size, MAX_SIZE))));
        return ResponseEntity.ok(new JobPage(result.getContent().stream().map(JobItem::of).toList(),
                result.getNumber(), result.getSize(), result.getTotalElements(), result.getTotalPages()));
    }

    record JobPage(List<JobItem> items, int page, int size, long totalElements, int totalPages) {
    }

    /** What a client sees of a job (no internal notes or printer). */
    record JobItem(long id, String description, BigDecimal quantity, String material, String status,
            String statusLabel, String statusReason, String invoiceNumber, long invoiceId, LocalDate dueDate,
            Instant createdAt, Instant updatedAt) {

        static JobItem of(JobView job) {
            return new JobItem(job.id(), job.description(), job.quantity(), job.materialName(), job.status().name(),
                    job.status().displayName(), job.statusReason(), job.invoiceNumber(), job.invoiceId(),
                    job.dueDate(), job.createdAt(), job.updatedAt());
        }
    }
}
