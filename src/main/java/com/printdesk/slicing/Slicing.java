package com.printdesk.slicing;

import java.util.Optional;

/**
 * Slices uploaded models for pricing. A request is answered at once: with the cached result when the
 * same file was already sliced with the same settings on the same printer, with a QUEUED result that
 * the slicing workers complete in the background, or, when no slicer can run, with a COMPLETED
 * geometric estimate.
 */
public interface Slicing {

    /** The result for this file, printer and settings, queued if it is new. Never slices twice. */
    SliceResult request(SliceJob job);

    Optional<SliceResult> result(long id);
}
