package com.printdesk.invoices;

import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import com.printdesk.accounts.AccountPrincipal;
import com.printdesk.files.OrderFileDownload;
import com.printdesk.files.OrderFiles;

/**
 * {@code /api/order-files/{id}}: a download link for an admin or the owning client, and the bureau's
 * delete. Served by {@code invoices} because {@code files} may not know who is signed in
 * (docs/architecture.md); who may see which file is decided by {@link OrderFiles}.
 */
@RestController
@Tag(name = "Order files", description = "Models and G-code of paid orders (session authentication)")
class OrderFilesApi {

    private final OrderFiles orderFiles;

    OrderFilesApi(OrderFiles orderFiles) {
        this.orderFiles = orderFiles;
    }

    @GetMapping("/api/order-files/{id}")
    @Operation(summary = "Download link for an order file", description = "A presigned GET URL valid for 5 minutes; "
            + "the browser saves the file under its original name. A client gets only the models of their own orders; "
            + "G-code is for the bureau.")
    @ApiResponse(responseCode = "200", description = "The link, the file name and when the link stops working")
    @ApiResponse(responseCode = "401", description = "Not signed in",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such file, or not one this account may download",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    DownloadJson download(@Parameter(description = "Order file ID") @PathVariable long id,
            @AuthenticationPrincipal AccountPrincipal me) {
        OrderFileDownload download = me.isAdmin() ? orderFiles.downloadForAdmin(id)
                : orderFiles.downloadForClient(id, me.clientId());
        return new DownloadJson(download.url().toString(), download.name(), download.expiresAt());
    }

    @DeleteMapping("/api/order-files/{id}")
    @Operation(summary = "Delete an order file", description = "Admins only. The row goes at once, the stored object "
            + "right after (a retried background delete).")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "401", description = "Not signed in",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "403", description = "Signed in, but not as an admin",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such file",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<Void> delete(@Parameter(description = "Order file ID") @PathVariable long id) {
        orderFiles.delete(id);
        return ResponseEntity.noContent().build();
    }

    record DownloadJson(String url, String name, Instant expiresAt) {
    }
}
