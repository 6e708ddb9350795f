package com.printdesk.ordering;

import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import com.printdesk.files.OrderFileClaim;
import com.printdesk.files.OrderFileKind;
import com.printdesk.files.OrderFiles;
import com.printdesk.shared.NotFound;

/**
 * The paid order's files: each upload once (however many items use it) and each slice's G-code once
 * (for the bureau), claimed from {@code tmp} into {@code order-files}. Claims are idempotent per invoice
 * and source, so a retried fulfilment copies nothing twice.
 */
@Component
class OrderFileCopies {

    private static final Logger log = LoggerFactory.getLogger(OrderFileCopies.class);

    private final OrderFiles orderFiles;

    OrderFileCopies(OrderFiles orderFiles) {
        this.orderFiles = orderFiles;
    }

    void claim(CheckoutAttempt attempt, long invoiceId) {
        Map<String, OrderFileClaim> claims = new LinkedHashMap<>();
        for (PricedOrder.OrderedItem item : attempt.order().items()) {
            String model = "upload-" + item.choice().fileId();
            claims.putIfAbsent(model, new OrderFileClaim(attempt.clientId(), invoiceId, OrderFileKind.MODEL,
                    item.tmpKey(), item.fileName(), model));
        }
        for (PricedOrder.OrderedItem item : attempt.order().items()) {
            if (item.gcodeKey() != null) {
                String gcode = "slice-" + item.sliceId();
                claims.putIfAbsent(gcode, new OrderFileClaim(attempt.clientId(), invoiceId, OrderFileKind.GCODE,
                        item.gcodeKey(), gcodeName(item.fileName()), gcode));
            }
        }
        claims.values().forEach(claim -> claim(attempt.id(), claim));
    }

    /**
     * An object already gone from {@code tmp} (claimed by an earlier order of the same upload, or cleaned)
     * cannot come back by retrying: the order goes ahead without it and the log says so. Anything else
     * (storage unreachable) fails the run, which is retried.
     */
    private void claim(long attemptId, OrderFileClaim claim) {
        try {
            orderFiles.claim(claim);
        }
        catch (NotFound ex) {
            // a G-code is the bureau's convenience (a cached slice's may have gone with an earlier order); a model matters
            if (claim.kind() == OrderFileKind.GCODE) {
                log.warn("Shop order #{}: G-code {} is no longer in tmp; invoice {} goes without it", attemptId,
                        claim.tmpKey(), claim.invoiceId());
            }
            else {
                log.error("Shop order #{}: model {} is no longer in tmp; invoice {} has no copy of it", attemptId,
                        claim.tmpKey(), claim.invoiceId());
            }
        }
    }

    static String gcodeName(String modelName) {
        int dot = modelName.lastIndexOf('.');
        return (dot > 0 ? modelName.substring(0, dot) : modelName) + ".gcode";
    }
}
