package com.printdesk.ordering;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

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
    private final Validator validator;

    QuickOrderCheckoutApi(QuickOrderCheckout checkout, Validator validator) {
        this.checkout = checkout;
        this.validator = validator;
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
    @ApiResponse(responseCode = "404", description = "A file is not one of your uploads", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "Invalid items, delivery or contact; 'errors' maps fields to messages",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<Started> checkout(@AuthenticationPrincipal AccountPrincipal me,
            @RequestBody CheckoutRequest request) {
        requireValid(request);
        QuickOrderCheckout.Started started = checkout.checkout(me.userId(), me.clientId(), request);
        return ResponseEntity.status(HttpStatus.CREATED).body(new Started(started.attemptId(), started.url()));
    }

    /**
     * Every bad field in one answer: the annotations' messages and, for shipping, the address checks
     * (which {@link ShopOrderRequest.DeliveryJson} makes in code), keyed by JSON path like bean validation's.
     */
    private void requireValid(CheckoutRequest request) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (ConstraintViolation<CheckoutRequest> violation : validator.validate(request)) {
            errors.putIfAbsent(violation.getPropertyPath().toString(), violation.getMessage());
        }
        if (request.delivery() != null && request.delivery().method() != null) {
            try {
                request.delivery().delivery();
            }
            catch (InvalidShopOrder ex) {
                ex.errors().forEach(errors::putIfAbsent);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidShopOrder(errors);
        }
    }

    @ExceptionHandler(InvalidShopOrder.class)
    ResponseEntity<ProblemDetail> invalid(InvalidShopOrder ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                "The order has invalid fields.");
        problem.setTitle("Invalid request");
        problem.setProperty("errors", ex.errors());
        return ResponseEntity.unprocessableContent().body(problem);
    }
}
