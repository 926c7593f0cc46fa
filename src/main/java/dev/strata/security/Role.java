package dev.strata.security;

import java.util.Arrays;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** Roles in increasing power; each includes the ones before it. */
public enum Role {
    /** Queries and analytics. */
    VIEWER,
    /** Also mutations and landscape apply. */
    EDITOR,
    /** Also API tokens and settings. */
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }

    /** This role and every role it includes, as Spring Security authorities. */
    public List<GrantedAuthority> authorities() {
        return Arrays.stream(values())
                .filter(role -> role.ordinal() <= ordinal())
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority()))
                .toList();
    }
}
