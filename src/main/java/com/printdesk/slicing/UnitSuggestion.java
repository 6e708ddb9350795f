package com.printdesk.slicing;

import java.util.List;

/**
 * A model whose size is implausible in millimetres, with the scale factors to offer before pricing
 * (for example ×1000 for a drawing in metres). The factor applies to every coordinate.
 */
public record UnitSuggestion(String reason, List<Scale> scales) {

    public UnitSuggestion {
        scales = List.copyOf(scales);
    }

    /** One offer: "drawn in metres" → ×1000. */
    public record Scale(String drawnIn, double factor) {
    }
}
