package com.printdesk.ordering;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.printdesk.accounts.AccountPrincipal;
import com.printdesk.catalog.Catalog;
import com.printdesk.catalog.PrinterView;
import com.printdesk.catalog.SlicingDefaults;
import com.printdesk.settings.BusinessProfile;
import com.printdesk.settings.Settings;
import com.printdesk.shared.Money;

/** {@code /api/quick-order/quote} and {@code /options}: what the "Order a print" page prices with. */
@RestController
@Tag(name = "Quick order")
class QuickOrderQuoteApi {

    private final ShopPricing pricing;
    private final Catalog catalog;
    private final Settings settings;
    private final OrderingProperties limits;

    QuickOrderQuoteApi(ShopPricing pricing, Catalog catalog, Settings settings, OrderingProperties limits) {
        this.pricing = pricing;
        this.catalog = catalog;
        this.settings = settings;
        this.limits = limits;
    }

    @PostMapping("/api/quick-order/quote")
    @Operation(summary = "Price an order", description = "Requests a slice for each item (the same file, "
            + "settings and printer are sliced once) and prices what is done. Poll while 'ready' is false and no "
            + "item has FAILED. Prices are always computed here; none sent by the page are used.")
    @ApiResponse(responseCode = "200", description = "The order as priced so far")
    @ApiResponse(responseCode = "404", description = "A file is not one of your uploads", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "Invalid fields, named in 'errors'", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ShopQuoteJson quote(@AuthenticationPrincipal AccountPrincipal me, @Valid @RequestBody ShopOrderRequest request) {
        ShopQuote quote = pricing.quote(me.userId(), request.choices(), request.deliveryOrPickup());
        return ShopQuoteJson.of(quote, settings.current().gstRegistered());
    }

    @GetMapping("/api/quick-order/options")
    @Operation(summary = "What an order can be made of", description = "Materials our active printers print, "
            + "default slicer settings, shipping and upload limits.")
    OptionsJson options() {
        List<PrinterView> printers = catalog.activePrinters();
        Set<Long> printable = printers.stream().flatMap(p -> p.materialIds().stream()).collect(Collectors.toSet());
        List<MaterialJson> materials = catalog.activeMaterials().stream().filter(m -> printable.contains(m.id()))
                .map(m -> new MaterialJson(m.id(), m.label(), m.type().name(), m.colour(), m.pricePerGram().plain()))
                .toList();
        BusinessProfile profile = settings.current();
        SlicingDefaults defaults = SlicingDefaults.STANDARD;
        BusinessProfile.Pricing p = profile.pricing();
        return new OptionsJson(materials, new DefaultsJson(defaults.layerHeight(), defaults.infillPercent(),
                defaults.supports()), p.shippingFee().plain(), p.freeShippingThreshold().map(Money::plain).orElse(null),
                p.setupFee().plain(), p.minimumOrder().plain(), profile.gstRegistered(), limits.maxFiles(),
                limits.maxFileSize().toBytes(), printers.stream().map(PrinterView::buildVolume).toList());
    }

    @ExceptionHandler(InvalidShopOrder.class)
    ResponseEntity<ProblemDetail> invalid(InvalidShopOrder ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                "The order has invalid fields.");
        problem.setTitle("Invalid request");
        problem.setProperty("errors", ex.errors());
        return ResponseEntity.unprocessableContent().body(problem);
    }

    @Schema(name = "QuickOrderOptions")
    record OptionsJson(List<MaterialJson> materials, DefaultsJson defaults, String shippingFee,
            @Schema(description = "Orders of at least this value (excl. GST) ship free; null: never") String freeShippingFrom,
            String setupFee, String minimumOrder, boolean gstRegistered, int maxFiles, long maxFileBytes,
            List<String> printerVolumes) {
    }

    @Schema(name = "QuickOrderMaterial")
    record MaterialJson(long id, String label, String type, String colour, String pricePerGram) {
    }

    @Schema(name = "QuickOrderDefaults")
    record DefaultsJson(BigDecimal layerHeight, int infillPercent, boolean supports) {
    }
}
