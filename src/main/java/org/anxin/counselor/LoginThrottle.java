package org.anxin.counselor;

import org.anxin.security.RateLimits;

/**
 * Slows password guessing: each account, and each address, may fail to sign in a few times per lockout period; once
 * those are spent, further tries are refused until that period is over, even with the right password. The counts are
 * rate limits ({@link RateLimits}), so on PostgreSQL every node counts the same failures.
 */
final class LoginThrottle {

    private final RateLimits accounts;
    private final RateLimits addresses;

    LoginThrottle(RateLimits accounts, RateLimits addresses) {
        this.accounts = accounts;
        this.addresses = addresses;
    }

    boolean blocked(String account, String address) {
        return accounts.exhausted(account) || addresses.exhausted(address);
    }

    void failed(String account, String address) {
        accounts.tryAcquire(account);
        addresses.tryAcquire(address);
    }

    void succeeded(String account) {
        accounts.forget(account);
    }
}
