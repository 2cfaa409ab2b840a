package org.sala.account.security;

import org.springframework.context.ApplicationContext;

/** For browser tests elsewhere: failed sign-ins from addresses a test browser cannot have. */
public final class ThrottleProbe {

    private ThrottleProbe() {}

    public static void failed(ApplicationContext context, String username, String ip) {
        context.getBean(LoginThrottle.class).failed(username, ip);
    }
}
