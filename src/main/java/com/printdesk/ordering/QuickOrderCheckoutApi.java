package com.printdesk.ordering;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.printdesk.accounts.AccountPrincipal;

/** {@code POST /api/quick-order/checkout}: from the priced order to Stripe Checkout (CLIENT, CSRF header). */
@RestController
@Tag(name = "Quick order")
class QuickOrderCheckoutApi {

    private final QuickOrderCheckout checkout;

    QuickOrderCheckoutApi(QuickOrderCheckout checkout) {
        this.checkout = checkout;
    }

    @Schema(name = "QuickOrderCheckoutStarted")
    record Started(long attemptId, @Schema(description = "Stripe Checkout: send the browser here") String url) {
    }

    @PostMapping(path = "/api/quick-order/checkout", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Pay for an order", description = "Prices the order again on the server (any total sent "
            + "is ignored), stores it as a checkout attempt and opens a Stripe Checkout session for it. The same "
            + "order sent again while its session is open gets the same attempt and session.")
    @ApiResponse(responseCode = "201", description = "Checkout opened")
    @ApiResponse(responseCode = "409", description = "Still slicing, a model cannot be printed, or online payment "
            + "is not possible", content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "Invalid contact or delivery; 'errors' maps fields to messages",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<Started> checkout(@AuthenticationPrincipal AccountPrincipal me,
            @RequestBody CheckoutRequest request) {
        QuickOrderCheckout.Started started = checkout.checkout(me.userId(), me.clientId(), request);
        return ResponseEntity.status(HttpStatus.CREATED).body(new Started(started.attemptId(), started.url()));
    }

    @ExceptionHandler(InvalidCheckout.class)
    ResponseEntity<ProblemDetail> invalid(InvalidCheckout ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                "The order has invalid fields.");
        problem.setTitle("Invalid request");
        problem.setProperty("errors", ex.errors());
        return ResponseEntity.unprocessableContent().body(problem);
    }
}
