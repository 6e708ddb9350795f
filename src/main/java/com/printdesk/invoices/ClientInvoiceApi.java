package com.printdesk.invoices;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import com.printdesk.accounts.AccountPrincipal;
import com.printdesk.shared.AppUrl;

/**
 * {@code GET /api/client/invoices}: the signed-in client's issued invoices, newest issue date first, a
 * page at a time. Session authentication as in the portal; only CLIENT users (security configuration).
 */
@RestController
@Tag(name = "Client", description = "The signed-in client's own data (session authentication, CLIENT users only)")
class ClientInvoiceApi {

    static final int MAX_SIZE = 100;

    private final ClientInvoices invoices;
    private final AppUrl appUrl;

    ClientInvoiceApi(ClientInvoices invoices, AppUrl appUrl) {
        this.invoices = invoices;
        this.appUrl = appUrl;
    }

    @GetMapping("/api/client/invoices")
    @Operation(summary = "List my invoices", description = "Issued invoices only (never drafts), sorted by issue "
            + "date, newest first. Money is a decimal string in the invoice's currency.")
    @ApiResponse(responseCode = "200", description = "A page of invoices")
    @ApiResponse(responseCode = "400", description = "page below 0, or size outside 1–" + MAX_SIZE,
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "401", description = "Not signed in",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "403", description = "Signed in, but not as a client",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    InvoicePage list(@Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Invoices per page, 1–" + MAX_SIZE) @RequestParam(defaultValue = "20") int size,
            @AuthenticationPrincipal AccountPrincipal me) {
        if (page < 0) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "page must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "size must be between 1 and " + MAX_SIZE);
        }
        Page<InvoiceSummary> found = invoices.page(me.clientId(), page, size);
        return new InvoicePage(found.map(invoice -> ClientInvoiceJson.of(invoice, appUrl)).getContent(), page, size,
                found.getTotalElements(), found.getTotalPages(), links(found, page, size));
    }

    private Map<String, String> links(Page<?> found, int page, int size) {
        Map<String, String> links = new LinkedHashMap<>();
        links.put("self", pageLink(page, size));
        if (found.hasPrevious()) {
            links.put("prev", pageLink(Math.min(page - 1, Math.max(0, found.getTotalPages() - 1)), size));
        }
        if (found.hasNext()) {
            links.put("next", pageLink(page + 1, size));
        }
        return links;
    }

    private String pageLink(int page, int size) {
        return appUrl.link("/api/client/invoices?page=" + page + "&size=" + size);
    }

    @Schema(name = "ClientInvoicePage")
    record InvoicePage(List<ClientInvoiceJson> items, int page, int size, long totalItems, int totalPages,
            @Schema(description = "self, and prev/next when those pages exist") Map<String, String> links) {
    }
}
