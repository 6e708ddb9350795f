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

    /**
     * Drops the finished results of the uploads under this {@code tmp} prefix once their files are
     * deleted, so a later upload of the same content is sliced afresh instead of pointing at meshes and
     * G-code that are gone. Returns how many were dropped.
     */
    int forgetUploadsUnder(String tmpPrefix);
}
