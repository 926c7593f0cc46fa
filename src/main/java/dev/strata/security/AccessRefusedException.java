package dev.strata.security;

/** A field refused at fetch time because the caller lacks the role it needs; reported as UNAUTHORIZED or FORBIDDEN. */
class AccessRefusedException extends RuntimeException {

    private final boolean anonymous;

    AccessRefusedException(boolean anonymous, String message) {
        super(message);
        this.anonymous = anonymous;
    }

    boolean anonymous() {
        return anonymous;
    }
}
