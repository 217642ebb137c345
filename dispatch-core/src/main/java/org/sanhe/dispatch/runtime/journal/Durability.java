package org.sanhe.dispatch.runtime.journal;

/** When a journal append counts as done. */
public enum Durability {
    /**
     * Written to the memory-mapped queue file: survives a crash of the process (the kernel holds the pages), not a
     * power loss. The default.
     */
    MAPPED,
    /** Written and forced to the storage device at the end of every batch: survives a power loss, costs a sync. */
    FSYNC
}
