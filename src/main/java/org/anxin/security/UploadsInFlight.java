package org.anxin.security;

import java.util.concurrent.Semaphore;

/**
 * How many bytes of evidence uploads the server holds at once. An upload stays in memory until the locker has sealed
 * it, so many at once would exhaust a small heap (eight 20 MB files exhausted 256 MiB); beyond this budget an upload
 * is asked to wait a moment instead. A body of unknown length counts as the whole budget.
 */
final class UploadsInFlight {

    private final int budgetKib;
    private final Semaphore kib;

    UploadsInFlight(long budgetBytes) {
        this.budgetKib = (int) Math.min(Integer.MAX_VALUE, Math.max(1, budgetBytes / 1024));
        this.kib = new Semaphore(budgetKib);
    }

    /** The share taken for a body of this length (negative: unknown), or -1 when there is no room for it now. */
    int tryTake(long contentLength) {
        int need = contentLength < 0 ? budgetKib : (int) Math.min(budgetKib, Math.max(1, (contentLength + 1023) / 1024));
        return kib.tryAcquire(need) ? need : -1;
    }

    /** Gives back what {@link #tryTake} took, once the upload is done with. */
    void give(int taken) {
        kib.release(taken);
    }
}
