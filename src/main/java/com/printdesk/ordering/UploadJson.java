package com.printdesk.ordering;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import com.printdesk.slicing.BoundingBox;
import com.printdesk.slicing.UnitSuggestion;

/** The answer to an upload: what the geometry check found in each file, in the order sent. */
@Schema(name = "QuickOrderUpload")
record UploadJson(List<FileJson> files) {

    @Schema(name = "QuickOrderUploadedFile")
    record FileJson(long id, String name, long sizeBytes, String format, long triangles, int objects,
            @Schema(description = "Size of the bounding box in mm") Size bboxMm,
            double volumeCm3, double surfaceAreaCm2, boolean watertight,
            @Schema(description = "For example: not watertight, the volume is an estimate") List<String> warnings,
            @Schema(description = "Present when the size is implausible in mm: scale before pricing") UnitOffer unitOffer) {

        static FileJson of(UploadedFile file) {
            BoundingBox box = file.bounds();
            return new FileJson(file.id(), file.originalName(), file.sizeBytes(), file.format(), file.triangles(),
                    file.objects(), new Size(round(box.sizeX(), 3), round(box.sizeY(), 3), round(box.sizeZ(), 3)),
                    round(file.volumeCm3(), 3), round(file.surfaceAreaMm2() / 100.0, 3), file.watertight(),
                    file.warnings(), UnitOffer.of(file.unitSuggestion()));
        }
    }

    record Size(double x, double y, double z) {
    }

    record UnitOffer(String reason, List<Scale> scales) {

        static UnitOffer of(UnitSuggestion suggestion) {
            return suggestion == null ? null : new UnitOffer(suggestion.reason(),
                    suggestion.scales().stream().map(s -> new Scale(s.drawnIn(), s.factor())).toList());
        }
    }

    record Scale(String drawnIn, double factor) {
    }

    private static double round(double value, int decimals) {
        return java.math.BigDecimal.valueOf(value).setScale(decimals, java.math.RoundingMode.HALF_UP).doubleValue();
    }
}
