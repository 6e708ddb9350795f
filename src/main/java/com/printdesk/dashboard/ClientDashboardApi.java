package com.printdesk.dashboard;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import com.printdesk.accounts.AccountPrincipal;
import com.printdesk.invoices.ClientInvoiceJson;
import com.printdesk.invoices.InvoiceFigures.Receivables;
import com.printdesk.shared.AppUrl;

/**
 * {@code GET /api/client/dashboard}: the portal dashboard's figures for the signed-in client, for
 * integrations. Money is a decimal string in {@code currency}, as in {@code /api/client/invoices}.
 */
@RestController
@Tag(name = "Client")
class ClientDashboardApi {

    private final PortalDashboard dashboard;
    private final AppUrl appUrl;

    ClientDashboardApi(PortalDashboard dashboard, AppUrl appUrl) {
        this.dashboard = dashboard;
        this.appUrl = appUrl;
    }

    @GetMapping("/api/client/dashboard")
    @Operation(summary = "My dashboard", description = "What I owe and what of it is overdue, how many quotes "
            + "await my answer, and my latest invoices.")
    @ApiResponse(responseCode = "200", description = "The figures")
    @ApiResponse(responseCode = "401", description = "Not signed in",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "403", description = "Signed in, but not as a client",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    DashboardJson dashboard(@AuthenticationPrincipal AccountPrincipal me) {
        PortalSummary summary = dashboard.summary(me.clientId());
        Receivables balance = summary.balance();
        return new DashboardJson(
                new Amount(balance.outstanding().plain(), balance.outstandingCount()),
                new Amount(balance.overdue().plain(), balance.overdueCount()),
                ClientInvoiceJson.CURRENCY, summary.openQuoteCount(),
                summary.recentInvoices().stream().map(invoice -> ClientInvoiceJson.of(invoice, appUrl)).toList(),
                new Links(appUrl.link("/api/client/invoices"),
                        summary.payNowPath() == null ? null : appUrl.link(summary.payNowPath())));
    }

    @Schema(name = "ClientDashboard")
    record DashboardJson(
            @Schema(description = "Balance of issued and partly paid invoices") Amount outstanding,
            @Schema(description = "The part of it past its due date") Amount overdue,
            @Schema(example = "AUD") String currency,
            @Schema(description = "Sent quotes not yet expired, waiting for my answer") int openQuotes,
            @Schema(description = "My " + PortalDashboard.RECENT_INVOICES + " latest invoices, newest first")
            List<ClientInvoiceJson> recentInvoices,
            Links links) {
    }

    @Schema(name = "ClientDashboardAmount")
    record Amount(@Schema(description = "A decimal string", example = "1234.50") String amount,
            @Schema(description = "How many invoices make it up") int invoices) {
    }

    @Schema(name = "ClientDashboardLinks")
    record Links(String invoices,
            @Schema(description = "Where to pay in the portal; null when nothing is owed") String payNow) {
    }
}
